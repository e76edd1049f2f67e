package cn.xuchang.directory.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.xuchang.directory.hotline.HotlineStatus;
import cn.xuchang.directory.hotline.HotlineType;
import cn.xuchang.directory.hotline.HotlineView;
import cn.xuchang.directory.location.ServiceWindowView;
import cn.xuchang.directory.organization.OrganizationRef;
import cn.xuchang.directory.organization.OrganizationView;
import cn.xuchang.directory.phone.NumberKind;
import cn.xuchang.directory.region.RegionLevel;
import cn.xuchang.directory.region.RegionRef;
import cn.xuchang.directory.region.RegionView;
import cn.xuchang.directory.service.ServiceRef;
import cn.xuchang.directory.service.ServiceView;

/**
 * The snapshot builder without Quarkus: a full read and any sequence of patches that ends at the same
 * records make the same snapshot, a patch never changes its base, and each index keeps its rule (retired
 * hotlines only by id and number, national numbers never local, windows where their centre is).
 */
class DirectorySnapshotTest {

    private static final String LOAN = "startup-guarantee-loan";
    private static final String CARD = "social-security-card";
    private static final String CITY = "411000";
    private static final String YUZHOU = "411081";
    private static final String YANLING = "411024";
    private static final String JIUSHAN = "411081105";

    private static final OrganizationRef HRSS = new OrganizationRef("xuchang-hrss", "许昌市人力资源和社会保障局", "市人社局");

    private static final List<RegionView> REGIONS = List.of(
            region("410000", "河南省", RegionLevel.PROVINCE, null),
            region(CITY, "许昌市", RegionLevel.CITY, "410000"),
            region(YANLING, "鄢陵县", RegionLevel.COUNTY, CITY),
            region(YUZHOU, "禹州市", RegionLevel.COUNTY_LEVEL_CITY, CITY),
            region(JIUSHAN, "鸠山镇", RegionLevel.TOWN, YUZHOU));
    private static final List<ServiceView> SERVICES = List.of(
            service(LOAN, "创业担保贷款", "创业贷款", "贴息贷款"),
            service(CARD, "社保卡办理", "社保卡"));
    private static final List<OrganizationView> ORGANIZATIONS = List.of(new OrganizationView(HRSS.id(), HRSS.name(),
            HRSS.shortName(), null, ref(CITY), null, false, "test", null, 1, Instant.EPOCH));

    private static final HotlineView LOAN_YUZHOU = local("startup-loan-yuzhou", "0374-8297716", List.of(LOAN), YUZHOU);
    private static final HotlineView LOAN_YANLING = local("startup-loan-yanling", "0374-7186012", List.of(LOAN),
            YANLING);
    private static final HotlineView LOAN_CITY = local("startup-loan-xuchang", "0374-2960156", List.of(LOAN), CITY);
    private static final HotlineView CARD_YUZHOU = local("card-yuzhou", "0374-8888001", List.of(CARD), YUZHOU);
    private static final HotlineView BOTH_JIUSHAN = local("jiushan-centre", "0374-8888002", List.of(CARD, LOAN),
            JIUSHAN);
    private static final HotlineView NATIONAL_12345 = national("national-12345", "12345", HotlineType.GENERAL,
            List.of());
    private static final HotlineView NATIONAL_12333 = national("national-12333", "12333", HotlineType.CONSULTATION,
            List.of(LOAN, CARD));
    private static final ServiceWindowView WINDOW_CITY = window("citizen-centre-b118", CITY, LOAN, CARD);
    private static final ServiceWindowView WINDOW_YUZHOU = window("yuzhou-centre-12", YUZHOU, LOAN);

    private static final List<HotlineView> HOTLINES = List.of(LOAN_YUZHOU, LOAN_YANLING, LOAN_CITY, CARD_YUZHOU,
            BOTH_JIUSHAN, NATIONAL_12345, NATIONAL_12333);
    private static final List<ServiceWindowView> WINDOWS = List.of(WINDOW_CITY, WINDOW_YUZHOU);

    @Test
    void aFullReadIsAPatchOfTheEmptySnapshotAndTheOrderOfChangesDoesNotMatter() {
        DirectorySnapshot full = full(HOTLINES, WINDOWS);

        SnapshotBuilder first = DirectorySnapshot.EMPTY.patch().regions(REGIONS).services(SERVICES)
                .organizations(ORGANIZATIONS);
        List<HotlineView> backwards = new ArrayList<>(HOTLINES);
        Collections.reverse(backwards);
        for (HotlineView h : backwards) {
            first.hotline(h.id(), h.id().equals(LOAN_YUZHOU.id()) ? with(h, YANLING, HotlineStatus.ACTIVE) : h);
        }
        HotlineView passing = local("passing-through", "0374-8297716", List.of(CARD), YANLING);
        first.hotline(passing.id(), passing).window(WINDOW_YUZHOU.id(), WINDOW_YUZHOU);
        DirectorySnapshot halfway = first.build(1);
        DirectorySnapshot patched = halfway.patch().services(SERVICES).organizations(ORGANIZATIONS)
                .hotline(LOAN_YUZHOU.id(), LOAN_YUZHOU).hotline(passing.id(), null)
                .window(WINDOW_CITY.id(), WINDOW_CITY).build(2);

        assertThat(everything(patched)).isEqualTo(everything(full));
        assertThat(patched.version()).isEqualTo(2);
    }

    @Test
    void aRegionsDesksComeInTheOrderAFullReadFirstMeetsThem() {
        DirectorySnapshot full = full(HOTLINES, WINDOWS);
        // card-yuzhou sorts before startup-loan-yuzhou, so the card desk comes first
        assertThat(full.localDesksOf(YUZHOU).keySet()).containsExactly(CARD, LOAN);

        HotlineView earlier = local("a-loan-yuzhou", "0374-8297799", List.of(LOAN), YUZHOU);
        DirectorySnapshot patched = full.patch().hotline(earlier.id(), earlier).build(2);
        assertThat(patched.localDesksOf(YUZHOU).keySet()).containsExactly(LOAN, CARD);
        assertThat(patched.localDesks(LOAN, YUZHOU)).containsExactly(earlier, LOAN_YUZHOU);
        assertThat(everything(patched)).isEqualTo(everything(full(withAdded(HOTLINES, earlier), WINDOWS)));
        // a desk serving two services lists them in service id order when it is the first of both
        assertThat(full.localDesksOf(JIUSHAN).keySet()).containsExactly(CARD, LOAN);
    }

    @Test
    void movingAHotlineToAnotherRegionMovesItsDeskAndLeavesTheBaseAsItWas() {
        DirectorySnapshot base = full(HOTLINES, WINDOWS);
        HotlineView moved = with(LOAN_YUZHOU, YANLING, HotlineStatus.ACTIVE);

        DirectorySnapshot patched = base.patch().hotline(moved.id(), moved).build(2);

        assertThat(patched.localDesks(LOAN, YUZHOU)).isEmpty();
        assertThat(patched.localDesks(LOAN, YANLING)).containsExactly(LOAN_YANLING, moved);
        assertThat(patched.localDesksOf(YUZHOU)).containsOnlyKeys(CARD);
        assertThat(patched.localDesksOf(YANLING).get(LOAN)).containsExactly(LOAN_YANLING, moved);
        assertThat(patched.hotline(moved.id())).isSameAs(moved);
        assertThat(patched.withNumber("+863748297716")).containsExactly(moved);

        assertThat(base.localDesks(LOAN, YUZHOU)).containsExactly(LOAN_YUZHOU);
        assertThat(base.localDesks(LOAN, YANLING)).containsExactly(LOAN_YANLING);
        assertThat(base.localDesksOf(YUZHOU)).containsOnlyKeys(CARD, LOAN);
        assertThat(base.hotline(moved.id())).isSameAs(LOAN_YUZHOU);
        assertThat(base.withNumber("+863748297716")).containsExactly(LOAN_YUZHOU);
        assertThat(everything(base)).isEqualTo(everything(full(HOTLINES, WINDOWS)));
    }

    @Test
    void aPatchSharesWhatItDoesNotTouch() {
        DirectorySnapshot base = full(HOTLINES, WINDOWS);
        HotlineView relabelled = relabelled(LOAN_YUZHOU, "创业担保贷款咨询（禹州市）");

        DirectorySnapshot patched = base.patch().hotline(relabelled.id(), relabelled).build(2);

        assertThat(patched.localDesksOf(YANLING)).isSameAs(base.localDesksOf(YANLING));
        assertThat(patched.localDesks(LOAN, YANLING)).isSameAs(base.localDesks(LOAN, YANLING));
        assertThat(patched.localDesks(CARD, YUZHOU)).isSameAs(base.localDesks(CARD, YUZHOU));
        assertThat(patched.nationwide(LOAN)).isSameAs(base.nationwide(LOAN));
        assertThat(patched.windows(LOAN, CITY)).isSameAs(base.windows(LOAN, CITY));
        assertThat(patched.regions()).isSameAs(base.regions());
        assertThat(patched.localDesks(LOAN, YUZHOU)).containsExactly(relabelled);
    }

    @Test
    void retiringTakesAHotlineOffTheDesksButItIsStillFoundByIdAndNumber() {
        DirectorySnapshot base = full(HOTLINES, WINDOWS);
        HotlineView retired = with(LOAN_YUZHOU, YUZHOU, HotlineStatus.RETIRED);
        HotlineView retiredNational = with(NATIONAL_12345, null, HotlineStatus.RETIRED);

        DirectorySnapshot patched = base.patch().hotline(retired.id(), retired)
                .hotline(retiredNational.id(), retiredNational).build(2);

        assertThat(patched.localDesks(LOAN, YUZHOU)).isEmpty();
        assertThat(patched.localDesksOf(YUZHOU)).containsOnlyKeys(CARD);
        assertThat(patched.generalNationwide()).isEmpty();
        assertThat(patched.hotline(retired.id())).isSameAs(retired);
        assertThat(patched.withNumber("+863748297716")).containsExactly(retired);
        assertThat(patched.withNumber("12345")).containsExactly(retiredNational);
        assertThat(patched.hotlineCount()).isEqualTo(base.hotlineCount());
        assertThat(everything(patched)).isEqualTo(everything(full(List.of(retired, LOAN_YANLING, LOAN_CITY,
                CARD_YUZHOU, BOTH_JIUSHAN, retiredNational, NATIONAL_12333), WINDOWS)));

        DirectorySnapshot revived = patched.patch().hotline(retired.id(), LOAN_YUZHOU).build(3);
        assertThat(revived.localDesks(LOAN, YUZHOU)).containsExactly(LOAN_YUZHOU);
        assertThat(revived.localDesksOf(YUZHOU).keySet()).containsExactly(CARD, LOAN);
    }

    @Test
    void aMergedHotlineStaysADeskSoThatResolutionCanFollowItToItsSuccessor() {
        HotlineView merged = with(LOAN_YUZHOU, YUZHOU, HotlineStatus.MERGED);
        DirectorySnapshot snapshot = full(List.of(merged, LOAN_CITY), List.of());
        assertThat(snapshot.localDesks(LOAN, YUZHOU)).containsExactly(merged);
    }

    @Test
    void hotlinesSharingANumberAreAllFoundInIdOrder() {
        HotlineView second = local("card-yuzhou-2", "0374-8888001", List.of(CARD), YUZHOU);
        HotlineView third = local("a-card-yuzhou", "0374-8888001", List.of(LOAN), YUZHOU);
        DirectorySnapshot base = full(HOTLINES, WINDOWS);

        DirectorySnapshot two = base.patch().hotline(second.id(), second).build(2);
        DirectorySnapshot three = two.patch().hotline(third.id(), third).build(3);
        DirectorySnapshot backToOne = three.patch().hotline(third.id(), null).hotline(second.id(), null).build(4);
        HotlineView renumbered = renumbered(second, "0374-8888009");
        DirectorySnapshot apart = two.patch().hotline(second.id(), renumbered).build(5);

        assertThat(base.withNumber("+863748888001")).containsExactly(CARD_YUZHOU);
        assertThat(two.withNumber("+863748888001")).containsExactly(CARD_YUZHOU, second);
        assertThat(three.withNumber("+863748888001")).containsExactly(third, CARD_YUZHOU, second);
        assertThat(backToOne.withNumber("+863748888001")).containsExactly(CARD_YUZHOU);
        assertThat(apart.withNumber("+863748888001")).containsExactly(CARD_YUZHOU);
        assertThat(apart.withNumber("+863748888009")).containsExactly(renumbered);
        assertThat(two.withNumber("+863748888009")).isEmpty();
        assertThat(everything(three)).isEqualTo(everything(full(withAdded(withAdded(HOTLINES, second), third),
                WINDOWS)));
        assertThat(everything(backToOne)).isEqualTo(everything(base));
        assertThat(base.withNumber("0374-0000000")).isEmpty();
    }

    @Test
    void nationalNumbersAnswerForTheirServicesEverywhereAndGeneralOnesForAnything() {
        HotlineView listsARegion = new HotlineView("national-12315", "12315", null, "tel:12315",
                NumberKind.SHORT_NUMBER, HotlineType.COMPLAINT, "消费者投诉举报热线", null, null, null,
                List.of(new ServiceRef(CARD, "社保卡办理")), true, List.of(ref(YUZHOU)), HotlineStatus.ACTIVE, null, null,
                "test", null, 1, Instant.EPOCH);
        DirectorySnapshot snapshot = full(withAdded(HOTLINES, listsARegion), WINDOWS);

        assertThat(snapshot.nationwide(LOAN)).containsExactly(NATIONAL_12333);
        assertThat(snapshot.nationwide(CARD)).containsExactly(listsARegion, NATIONAL_12333);
        assertThat(snapshot.nationwide("no-such-service")).isEmpty();
        assertThat(snapshot.generalNationwide()).containsExactly(NATIONAL_12345);
        assertThat(snapshot.localDesks(CARD, YUZHOU)).containsExactly(CARD_YUZHOU);
        assertThat(snapshot.localDesks(LOAN, "")).isEmpty();

        DirectorySnapshot gone = snapshot.patch().hotline(NATIONAL_12333.id(), null).build(2);
        assertThat(gone.nationwide(LOAN)).isEmpty();
        assertThat(gone.nationwide(CARD)).containsExactly(listsARegion);
        assertThat(gone.withNumber("12333")).isEmpty();
        assertThat(gone.hotline(NATIONAL_12333.id())).isNull();
        assertThat(snapshot.nationwide(LOAN)).containsExactly(NATIONAL_12333);
    }

    @Test
    void windowsAreFoundByServiceInTheRegionOfTheirCentre() {
        DirectorySnapshot base = full(HOTLINES, WINDOWS);
        assertThat(base.windows(LOAN, CITY)).containsExactly(WINDOW_CITY);
        assertThat(base.windows(CARD, CITY)).containsExactly(WINDOW_CITY);
        assertThat(base.windows(LOAN, YUZHOU)).containsExactly(WINDOW_YUZHOU);
        assertThat(base.windows(CARD, YUZHOU)).isEmpty();

        ServiceWindowView movedToCity = window(WINDOW_YUZHOU.id(), CITY, LOAN, CARD);
        DirectorySnapshot moved = base.patch().window(movedToCity.id(), movedToCity).build(2);
        assertThat(moved.windows(LOAN, CITY)).containsExactly(WINDOW_CITY, movedToCity);
        assertThat(moved.windows(CARD, CITY)).containsExactly(WINDOW_CITY, movedToCity);
        assertThat(moved.windows(LOAN, YUZHOU)).isEmpty();
        assertThat(base.windows(LOAN, YUZHOU)).containsExactly(WINDOW_YUZHOU);
        assertThat(base.windows(LOAN, CITY)).containsExactly(WINDOW_CITY);

        DirectorySnapshot closed = moved.patch().window(WINDOW_CITY.id(), null).build(3);
        assertThat(closed.windows(LOAN, CITY)).containsExactly(movedToCity);
        assertThat(everything(closed)).isEqualTo(everything(full(HOTLINES, List.of(movedToCity))));
    }

    @Test
    void centresAreKeptWithTheirWindowsInServiceAndMovedWindowsFollow() {
        DirectorySnapshot base = full(HOTLINES, WINDOWS);
        assertThat(base.windowsAt(CITY + "-centre")).containsExactly(WINDOW_CITY);
        assertThat(base.windowsAt(YUZHOU + "-centre")).containsExactly(WINDOW_YUZHOU);
        ServiceWindowView movedToCity = window(WINDOW_YUZHOU.id(), CITY, LOAN);
        DirectorySnapshot moved = base.patch().window(movedToCity.id(), movedToCity).build(2);
        assertThat(moved.windowsAt(CITY + "-centre")).containsExactly(WINDOW_CITY, movedToCity);
        assertThat(moved.windowsAt(YUZHOU + "-centre")).isEmpty();
        assertThat(base.windowsAt(YUZHOU + "-centre")).as("the base is untouched").containsExactly(WINDOW_YUZHOU);

        cn.xuchang.directory.location.LocationView centre = new cn.xuchang.directory.location.LocationView(
                CITY + "-centre", "政务服务中心", null, 34.0, 113.8, "WGS-84", null, null, null, null, null, ref(CITY),
                HRSS, List.of(), false, "test", null, 1, Instant.EPOCH);
        DirectorySnapshot located = moved.patch().location(centre.id(), centre).build(3);
        assertThat(located.location(centre.id())).isEqualTo(centre);
        assertThat(located.locations()).containsExactly(centre);
        assertThat(moved.locations()).isEmpty();
        assertThat(located.patch().location(centre.id(), null).build(4).locations()).isEmpty();
    }

    @Test
    void aPatchKeepsTheRegionsAndReplacesServicesAndOrganizationsWhenGiven() {
        DirectorySnapshot base = full(HOTLINES, WINDOWS);
        DirectorySnapshot patched = base.patch().services(SERVICES.subList(0, 1)).organizations(List.of()).build(2);

        assertThat(patched.regions()).isEqualTo(base.regions());
        assertThat(patched.regions().keySet()).containsExactly("410000", CITY, YANLING, YUZHOU, JIUSHAN);
        assertThat(patched.selfAndAncestors(JIUSHAN)).extracting(RegionView::code)
                .containsExactly(JIUSHAN, YUZHOU, CITY, "410000");
        assertThat(patched.services()).containsOnlyKeys(LOAN);
        assertThat(patched.service(CARD)).isNull();
        assertThat(patched.organizations()).isEmpty();
        assertThat(base.services().keySet()).containsExactly(LOAN, CARD);
        assertThat(base.organizations()).containsOnlyKeys(HRSS.id());
        assertThat(DirectorySnapshot.EMPTY.regions()).isEmpty();
        assertThat(DirectorySnapshot.EMPTY.hotlineCount()).isZero();
    }

    @Test
    void whatASnapshotHandsOutCannotBeChanged() {
        DirectorySnapshot snapshot = full(HOTLINES, WINDOWS);
        assertThatThrownBy(() -> snapshot.localDesks(LOAN, YUZHOU).add(LOAN_CITY))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> snapshot.localDesksOf(YUZHOU).get(LOAN).clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> snapshot.localDesksOf(YUZHOU).remove(LOAN))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> snapshot.withNumber("+863748297716").clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> snapshot.nationwide(LOAN).clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> snapshot.generalNationwide().clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> snapshot.windows(LOAN, CITY).clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> snapshot.regions().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> snapshot.services().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> snapshot.organizations().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aBuilderBuildsOnce() {
        SnapshotBuilder builder = DirectorySnapshot.EMPTY.patch();
        builder.build(1);
        assertThatThrownBy(() -> builder.hotline(LOAN_CITY.id(), LOAN_CITY)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> builder.build(2)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> DirectorySnapshot.EMPTY.patch().hotline("another-id", LOAN_CITY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // ---- fixtures

    private static DirectorySnapshot full(List<HotlineView> hotlines, List<ServiceWindowView> windows) {
        SnapshotBuilder all = DirectorySnapshot.EMPTY.patch().regions(REGIONS).organizations(ORGANIZATIONS)
                .services(SERVICES);
        hotlines.stream().sorted(Comparator.comparing(HotlineView::id)).forEach(h -> all.hotline(h.id(), h));
        windows.forEach(w -> all.window(w.id(), w));
        return all.build(2);
    }

    /** Everything a reader can see, with each map's order kept: equal exactly when two snapshots answer alike. */
    private static Map<String, Object> everything(DirectorySnapshot s) {
        Map<String, Object> seen = new LinkedHashMap<>();
        seen.put("regions", List.copyOf(s.regions().entrySet()));
        seen.put("services", List.copyOf(s.services().entrySet()));
        seen.put("organizations", List.copyOf(s.organizations().entrySet()));
        seen.put("hotlines", s.hotlineCount());
        seen.put("general", s.generalNationwide());
        List<String> numbers = new ArrayList<>();
        for (HotlineView h : allHotlinesEverUsed()) {
            seen.put("hotline " + h.id(), s.hotline(h.id()));
            numbers.add(h.e164() != null ? h.e164() : h.number());
        }
        numbers.add("+863748888009");
        numbers.forEach(n -> seen.put("number " + n, s.withNumber(n)));
        for (RegionView r : REGIONS) {
            seen.put("desks of " + r.code(), List.copyOf(s.localDesksOf(r.code()).entrySet()));
            for (ServiceView service : SERVICES) {
                seen.put("desks " + service.id() + " " + r.code(), s.localDesks(service.id(), r.code()));
                seen.put("windows " + service.id() + " " + r.code(), s.windows(service.id(), r.code()));
            }
        }
        for (ServiceView service : SERVICES) {
            seen.put("nationwide " + service.id(), s.nationwide(service.id()));
        }
        return seen;
    }

    private static List<HotlineView> allHotlinesEverUsed() {
        List<HotlineView> all = new ArrayList<>(HOTLINES);
        all.add(local("passing-through", "0374-8297716", List.of(CARD), YANLING));
        all.add(local("a-loan-yuzhou", "0374-8297799", List.of(LOAN), YUZHOU));
        all.add(local("card-yuzhou-2", "0374-8888001", List.of(CARD), YUZHOU));
        all.add(local("a-card-yuzhou", "0374-8888001", List.of(LOAN), YUZHOU));
        return all;
    }

    private static List<HotlineView> withAdded(List<HotlineView> hotlines, HotlineView added) {
        List<HotlineView> all = new ArrayList<>(hotlines);
        all.add(added);
        return all;
    }

    private static RegionView region(String code, String name, RegionLevel level, String parent) {
        return new RegionView(code, name, level, parent, null, List.of(), "test");
    }

    private static RegionRef ref(String code) {
        RegionView r = REGIONS.stream().filter(v -> v.code().equals(code)).findFirst().orElseThrow();
        return RegionRef.of(r);
    }

    private static ServiceView service(String id, String name, String... aliases) {
        return new ServiceView(id, name, List.of(aliases), null, HRSS, false, "test", LocalDate.of(2025, 1, 1), 1,
                Instant.EPOCH);
    }

    private static ServiceRef serviceRef(String id) {
        return SERVICES.stream().filter(s -> s.id().equals(id)).map(s -> new ServiceRef(s.id(), s.name()))
                .findFirst().orElseThrow();
    }

    private static HotlineView local(String id, String number, List<String> services, String region) {
        String e164 = "+86" + number.replace("-", "").substring(1);
        return new HotlineView(id, number, e164, "tel:" + e164, NumberKind.FIXED_LINE, HotlineType.CONSULTATION,
                id + " 咨询电话", null, null, HRSS, services.stream().map(DirectorySnapshotTest::serviceRef).toList(),
                false, List.of(ref(region)), HotlineStatus.ACTIVE, null, null, "test", null, 1, Instant.EPOCH);
    }

    private static HotlineView national(String id, String number, HotlineType type, List<String> services) {
        return new HotlineView(id, number, null, "tel:" + number, NumberKind.SHORT_NUMBER, type, "全国" + number + "热线",
                null, null, null, services.stream().map(DirectorySnapshotTest::serviceRef).toList(), true, List.of(),
                HotlineStatus.ACTIVE, null, null, "test", null, 1, Instant.EPOCH);
    }

    /** The hotline serving another region (null: the same) with another status. */
    private static HotlineView with(HotlineView h, String region, HotlineStatus status) {
        return new HotlineView(h.id(), h.number(), h.e164(), h.tel(), h.kind(), h.type(), h.label(), h.description(),
                h.hours(), h.organization(), h.services(), h.nationwide(),
                region == null ? h.regions() : List.of(ref(region)), status, h.mergedInto(), h.statusNote(),
                h.source(), h.lastVerified(), h.version() + 1, h.updatedAt());
    }

    private static HotlineView relabelled(HotlineView h, String label) {
        return new HotlineView(h.id(), h.number(), h.e164(), h.tel(), h.kind(), h.type(), label, h.description(),
                h.hours(), h.organization(), h.services(), h.nationwide(), h.regions(), h.status(), h.mergedInto(),
                h.statusNote(), h.source(), h.lastVerified(), h.version() + 1, h.updatedAt());
    }

    private static HotlineView renumbered(HotlineView h, String number) {
        String e164 = "+86" + number.replace("-", "").substring(1);
        return new HotlineView(h.id(), number, e164, "tel:" + e164, h.kind(), h.type(), h.label(), h.description(),
                h.hours(), h.organization(), h.services(), h.nationwide(), h.regions(), h.status(), h.mergedInto(),
                h.statusNote(), h.source(), h.lastVerified(), h.version() + 1, h.updatedAt());
    }

    private static ServiceWindowView window(String id, String region, String... services) {
        return new ServiceWindowView(id, id + " 窗口", "一楼", "一楼", null, "1", null,
                new ServiceWindowView.LocationRef(region + "-centre", "政务服务中心", null, ref(region)), HRSS,
                List.of(services).stream().sorted().map(DirectorySnapshotTest::serviceRef).toList(), false, "test",
                null, 1, Instant.EPOCH);
    }
}
