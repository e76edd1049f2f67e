package cn.xuchang.directory.hotline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import cn.xuchang.directory.location.ServiceWindow;
import cn.xuchang.directory.region.Region;
import cn.xuchang.directory.service.PublicService;

/**
 * 就近办理 (desk resolution): for a service and where a citizen lives, the desk to call or visit. The
 * most specific region with a desk answers, walking up township → county → city → province; national
 * numbers for the service, and general ones like 12345, come after the local desk.
 */
@ApplicationScoped
public class DeskResolver {

    /** What the walk found: the answering region (null when no local desk) and its desks. */
    public record Desks(Region region, Region answeredBy, List<ResolvedHotline> hotlines, List<ServiceWindow> windows) {

        public boolean fallback() {
            return answeredBy != null && !answeredBy.code.equals(region.code);
        }
    }

    /** A hotline in a resolution, and the merged numbers whose calls it now takes. */
    public record ResolvedHotline(Hotline hotline, boolean nationwide, List<Hotline> replaces) {
    }

    public Desks resolve(PublicService service, Region region) {
        List<Region> chain = region.selfAndAncestors();
        List<Hotline> local = Hotline.list("select distinct h from Hotline h join h.regions r "
                + "where :service member of h.services and r in :chain and h.status <> :retired order by h.id",
                Map.of("service", service, "chain", chain, "retired", HotlineStatus.RETIRED));
        List<ServiceWindow> windows = ServiceWindow.list("select w from ServiceWindow w "
                + "where :service member of w.services and w.location.region in :chain order by w.id",
                Map.of("service", service, "chain", chain));
        Region answeredBy = null;
        List<Hotline> localHere = List.of();
        List<ServiceWindow> windowsHere = List.of();
        for (Region r : chain) {
            localHere = local.stream().filter(h -> h.regions.contains(r)).toList();
            windowsHere = windows.stream().filter(w -> w.location.region.equals(r)).toList();
            if (!localHere.isEmpty() || !windowsHere.isEmpty()) {
                answeredBy = r;
                break;
            }
        }
        List<Hotline> national = Hotline.list("select distinct h from Hotline h "
                + "where h.nationwide = true and h.status <> :retired "
                + "and (:service member of h.services or h.type = :general) order by h.id",
                Map.of("service", service, "retired", HotlineStatus.RETIRED, "general", HotlineType.GENERAL));
        List<Hotline> nationalOrdered = new ArrayList<>(national);
        nationalOrdered.sort(Comparator.comparing((Hotline h) -> h.type == HotlineType.GENERAL && !h.services.contains(service)));
        List<ResolvedHotline> answers = new ArrayList<>(withMergeTargets(localHere, false));
        answers.addAll(withMergeTargets(nationalOrdered, true));
        return new Desks(region, answeredBy, answers, windowsHere);
    }

    /** Active hotlines as they are; a merged one is replaced by the hotline that took it over. */
    private static List<ResolvedHotline> withMergeTargets(List<Hotline> hotlines, boolean nationwide) {
        Map<String, List<Hotline>> replaced = new LinkedHashMap<>();
        Map<String, Hotline> byId = new LinkedHashMap<>();
        for (Hotline h : hotlines) {
            Hotline answering = h;
            List<Hotline> chain = new ArrayList<>();
            while (answering.status == HotlineStatus.MERGED && answering.mergedInto != null && chain.size() < 5) {
                chain.add(answering);
                answering = answering.mergedInto;
            }
            if (answering.status == HotlineStatus.RETIRED) {
                continue;
            }
            byId.putIfAbsent(answering.id, answering);
            replaced.computeIfAbsent(answering.id, k -> new ArrayList<>()).addAll(chain);
        }
        return byId.values().stream()
                .map(h -> new ResolvedHotline(h, nationwide, List.copyOf(replaced.get(h.id))))
                .toList();
    }
}
