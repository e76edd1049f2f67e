package cn.xuchang.directory.resolve;

import cn.xuchang.directory.hotline.HotlineView;
import cn.xuchang.directory.hotline.HotlineStatus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import cn.xuchang.directory.hotline.HotlineView.HotlineRef;
import cn.xuchang.directory.hours.OpeningHours;
import cn.xuchang.directory.resolve.ResolutionView.Answer;
import cn.xuchang.directory.location.ServiceWindowView;
import cn.xuchang.directory.region.RegionRef;
import cn.xuchang.directory.region.RegionView;
import cn.xuchang.directory.service.ServiceRef;
import cn.xuchang.directory.service.ServiceView;
import cn.xuchang.directory.snapshot.DirectorySnapshot;

/**
 * 就近办理 (desk resolution): for a service and where a citizen lives, the desk to call or visit. The
 * most specific region with a desk answers, walking up township → county → city → province; national
 * numbers that list the service, then general ones like 12345, come after the local desk. The one
 * piece of resolution logic: /resolve and /lookup both answer through it.
 */
@ApplicationScoped
public class DeskResolver {

    private final OpeningHours hours;

    public DeskResolver(OpeningHours hours) {
        this.hours = hours;
    }

    public ResolutionView resolve(DirectorySnapshot snapshot, ServiceView service, RegionView region) {
        RegionView answeredBy = null;
        List<HotlineView> local = List.of();
        List<ServiceWindowView> windows = List.of();
        for (RegionView r : snapshot.selfAndAncestors(region.code())) {
            local = snapshot.localDesks(service.id(), r.code());
            windows = snapshot.windows(service.id(), r.code());
            if (!local.isEmpty() || !windows.isEmpty()) {
                answeredBy = r;
                break;
            }
        }
        List<HotlineView> national = new ArrayList<>(snapshot.nationwide(service.id()));
        for (HotlineView general : snapshot.generalNationwide()) {
            if (!national.contains(general)) {
                national.add(general);
            }
        }
        List<Answer> answers = new ArrayList<>(withMergeTargets(snapshot, local, "local"));
        for (Answer a : withMergeTargets(snapshot, national, "nationwide")) {
            if (answers.stream().noneMatch(existing -> existing.hotline().id().equals(a.hotline().id()))) {
                answers.add(a);
            }
        }
        boolean fallback = answeredBy != null && !answeredBy.code().equals(region.code());
        return new ResolutionView(new ServiceRef(service.id(), service.name()), RegionRef.of(region),
                RegionRef.of(answeredBy), fallback,
                answers.stream().map(a -> new Answer(a.scope(), a.hotline().withOpen(hours.now(a.hotline().hours())),
                        a.replaces())).toList(),
                windows.stream().map(w -> w.withOpen(hours.now(w.hoursInForce()))).toList());
    }

    /** Active hotlines as they are; a merged one is replaced by the hotline that took it over. */
    private static List<Answer> withMergeTargets(DirectorySnapshot snapshot, List<HotlineView> hotlines,
            String scope) {
        Map<String, HotlineView> answering = new LinkedHashMap<>();
        Map<String, List<HotlineRef>> replaced = new LinkedHashMap<>();
        for (HotlineView h : hotlines) {
            HotlineView target = h;
            List<HotlineRef> chain = new ArrayList<>();
            while (target != null && target.status() == HotlineStatus.MERGED && target.mergedInto() != null
                    && chain.size() < 5) {
                chain.add(new HotlineRef(target.id(), target.number(), target.tel(), target.label()));
                target = snapshot.hotline(target.mergedInto().id());
            }
            if (target == null || target.status() != HotlineStatus.ACTIVE) {
                continue;
            }
            answering.putIfAbsent(target.id(), target);
            replaced.computeIfAbsent(target.id(), k -> new ArrayList<>()).addAll(chain);
        }
        return answering.values().stream()
                .map(h -> new Answer(scope, h, List.copyOf(replaced.get(h.id()))))
                .toList();
    }
}
