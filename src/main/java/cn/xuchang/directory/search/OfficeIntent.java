package cn.xuchang.directory.search;

import java.util.ArrayList;
import java.util.List;

import cn.xuchang.directory.common.Spaces;
import cn.xuchang.directory.service.ServiceView;
import cn.xuchang.directory.snapshot.DirectorySnapshot;

/**
 * 办事意图 (intent over entity): an office named with a loose word for what to do (「禹州人社局贷款」: 人社局 + 贷款)
 * points to the office's own service that the word names (创业担保贷款), whose desk then answers before the office;
 * an office named with the whole name or alias of any service (「人社局社保」: 社保 is 人社政策咨询's) points to that
 * service, whoever runs it.
 */
final class OfficeIntent {

    private OfficeIntent() {
    }

    /** The services that the rest of the query names, next to an office matched among the hits, best office first. */
    static List<ServiceView> servicesMeant(DirectorySnapshot snapshot, List<SearchIndex.Hit> hits, float threshold,
            String query) {
        List<ServiceView> meant = new ArrayList<>();
        String text = Spaces.remove(query);
        for (SearchIndex.Hit hit : hits) {
            if (hit.score() < threshold || !"organization".equals(hit.kind()) || hit.matchedName() == null) {
                continue;
            }
            String loose = besides(text, hit.matchedName());
            if (loose.codePointCount(0, loose.length()) < 2 || !QueryText.hasChinese(loose)) {
                continue;
            }
            for (ServiceView service : snapshot.services().values()) {
                boolean own = service.organization() != null && hit.id().equals(service.organization().id());
                if (!service.retired() && (own && names(service, loose) || namesWhole(service, loose))
                        && !meant.contains(service)) {
                    meant.add(service);
                }
            }
        }
        return meant;
    }

    /** What the query says besides the office's name: the characters outside every pair it shares with the name. */
    static String besides(String text, String officeName) {
        boolean[] office = new boolean[text.length()];
        for (int i = 0; i + 1 < text.length(); i++) {
            if (officeName.contains(text.substring(i, i + 2))) {
                office[i] = true;
                office[i + 1] = true;
            }
        }
        StringBuilder rest = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            if (!office[i]) {
                rest.append(text.charAt(i));
            }
        }
        return rest.toString();
    }

    /** Whether the words hold the service's whole name or a whole alias (社保 in 「人社局社保」), whoever runs it. */
    private static boolean namesWhole(ServiceView service, String words) {
        return words.contains(service.name()) || service.aliases().stream().anyMatch(a -> a.length() >= 2 && words.contains(a));
    }

    /** Whether the service's name or an alias holds a pair of characters of the loose word (贷款 in 创业担保贷款). */
    private static boolean names(ServiceView service, String loose) {
        List<String> names = new ArrayList<>(service.aliases());
        names.add(service.name());
        for (int i = 0; i + 1 < loose.length(); i++) {
            String pair = loose.substring(i, i + 2);
            if (QueryText.hasChinese(pair) && names.stream().anyMatch(n -> n.contains(pair))) {
                return true;
            }
        }
        return false;
    }
}
