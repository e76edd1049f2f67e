package cn.xuchang.directory.contacts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.xuchang.directory.common.SourceCitation;
import cn.xuchang.directory.hotline.HotlineView;
import cn.xuchang.directory.region.RegionView;
import cn.xuchang.directory.resolve.DeskResolver;
import cn.xuchang.directory.resolve.ResolutionView;
import cn.xuchang.directory.service.ServiceView;
import cn.xuchang.directory.snapshot.DirectorySnapshot;
import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Telephone;

/**
 * 通讯录名片 (contacts for a phone): the desks that serve a place, one vCard 3.0 each — the version phones import
 * reliably — so that a citizen saves 禹州市's numbers to the phone's contacts. Each desk is the one resolve gives for
 * each service there (the county's when the township has none), followed by the national numbers.
 */
final class RegionContacts {

    private RegionContacts() {
    }

    static String of(DirectorySnapshot snapshot, RegionView region, DeskResolver resolver) {
        Map<String, HotlineView> desks = new LinkedHashMap<>();
        Map<String, List<String>> servicesOf = new LinkedHashMap<>();
        List<ResolutionView> answers = snapshot.services().values().stream()
                .sorted(java.util.Comparator.comparing(ServiceView::id))
                .map(service -> resolver.resolve(snapshot, service, region)).toList();
        for (String scope : List.of("local", "nationwide")) { // the place's own desks before the national numbers
            for (ResolutionView answer : answers) {
                for (ResolutionView.Answer a : answer.hotlines()) {
                    if (a.scope().equals(scope)) {
                        desks.putIfAbsent(a.hotline().id(), a.hotline());
                        servicesOf.computeIfAbsent(a.hotline().id(), id -> new ArrayList<>())
                                .add(answer.service().name());
                    }
                }
            }
        }
        List<VCard> cards = new ArrayList<>();
        for (HotlineView desk : desks.values()) {
            cards.add(card(desk, servicesOf.get(desk.id())));
        }
        return Ezvcard.write(cards).version(VCardVersion.V3_0).prodId(false).go();
    }

    private static VCard card(HotlineView desk, List<String> services) {
        VCard card = new VCard();
        card.setFormattedName(desk.label());
        if (desk.organization() != null) {
            card.setOrganization(desk.organization().name());
        }
        Telephone tel = new Telephone(desk.e164() != null ? desk.e164() : desk.number());
        tel.getTypes().add(TelephoneType.WORK);
        tel.getTypes().add(TelephoneType.VOICE);
        card.addTelephoneNumber(tel);
        StringBuilder note = new StringBuilder("受理：").append(String.join("、", services.stream().distinct().toList()));
        if (desk.hours() != null) {
            note.append("\n办公时间：").append(desk.hours());
        }
        note.append("\n来源：").append(SourceCitation.text(desk.source()));
        card.addNote(note.toString());
        card.setUid(new ezvcard.property.Uid("urn:xuchang-directory:hotline:" + desk.id())); // the same card each time
        return card;
    }
}
