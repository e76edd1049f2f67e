package cn.xuchang.directory.organization;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.inject.Singleton;

import cn.xuchang.directory.record.EntityRefs;
import cn.xuchang.directory.record.Located;
import cn.xuchang.directory.record.KindDefinition;
import cn.xuchang.directory.common.Limits;
import cn.xuchang.directory.record.RecordRules;
import cn.xuchang.directory.region.Region;

/**
 * 机构 as a kind of record: an editor may change their organization and those below it, and create new
 * ones below it; moving an organization under another parent is for admins.
 */
@Singleton
public class OrganizationKind extends KindDefinition<OrganizationRecord, Organization> {

    public static final String NAME = "organization";

    /** A new organization belongs to its parent; an existing one to itself (see {@link Organization#ownerId()}). */
    public OrganizationKind() {
        super(NAME, 10, "organizations.yaml", OrganizationRecord.class, OrganizationRequest.class, Organization.class,
                Organization::new, OrganizationView::from, OrganizationRecord::parent);
    }

    @Override
    public OrganizationRecord check(Located<OrganizationRecord> e, RecordRules rules) {
        OrganizationRecord o = e.value();
        rules.text(e, "name", o.name(), Limits.NAME, true);
        rules.fits(e, "shortName", o.shortName(), Limits.SHORT_TEXT);
        rules.fits(e, "description", o.description(), Limits.DESCRIPTION);
        rules.source(e, o.source());
        rules.ref(e, "parent", NAME, o.parent());
        String region = rules.region(e, "region", o.region(), false).orElse(o.region());
        return new OrganizationRecord(o.id(), o.name(), o.shortName(), o.parent(), region, o.description(),
                o.retired(), o.source(), o.lastVerified());
    }

    @Override
    protected void applyFields(OrganizationRecord r, Organization o, EntityRefs refs) {
        o.name = r.name();
        o.shortName = r.shortName();
        o.parent = refs.get(Organization.class, r.parent());
        o.region = refs.get(Region.class, r.region());
        o.description = r.description();
    }

    @Override
    public OrganizationRecord toRecord(Organization o) {
        return new OrganizationRecord(o.id, o.name, o.shortName, id(o.parent),
                code(o.region), o.description, flag(o.retired), o.source,
                o.lastVerified);
    }

    @Override
    public void checkEdit(OrganizationRecord r, Organization current, EditCheck check) {
        String currentParent = current.parent == null ? null : current.parent.id;
        if (current.name != null && !Objects.equals(currentParent, r.parent()) && !check.admin()) {
            check.forbid("only an admin may move an organization under another parent");
        }
        for (Organization p = check.find(Organization.class, r.parent()); p != null; p = p.parent) {
            if (p.id.equals(current.id)) {
                check.problem("parent", "an organization cannot be below itself");
                break;
            }
        }
    }

    /** Parents before children; a cycle or an unknown parent is a problem. */
    @Override
    public List<OrganizationRecord> inInsertOrder(List<Located<OrganizationRecord>> checked, RecordRules rules) {
        Map<String, Located<OrganizationRecord>> byId = new LinkedHashMap<>();
        checked.forEach(e -> byId.put(e.value().id(), e));
        List<OrganizationRecord> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        for (Located<OrganizationRecord> e : byId.values()) {
            place(e, byId, placed, new HashSet<>(), ordered, rules);
        }
        return ordered;
    }

    private static void place(Located<OrganizationRecord> e, Map<String, Located<OrganizationRecord>> byId,
            Set<String> placed, Set<String> visiting, List<OrganizationRecord> ordered, RecordRules rules) {
        OrganizationRecord o = e.value();
        if (placed.contains(o.id())) {
            return;
        }
        if (!visiting.add(o.id())) {
            rules.problem(e, "parent", "organizations form a cycle through " + o.id());
            return;
        }
        if (o.parent() != null && byId.containsKey(o.parent())) {
            place(byId.get(o.parent()), byId, placed, visiting, ordered, rules);
        }
        placed.add(o.id());
        ordered.add(o);
    }

    @Override
    public void export(List<Organization> organizations, cn.xuchang.directory.record.DataFiles.Export export) {
        List<Organization> ordered = new ArrayList<>();
        for (Organization o : organizations) {
            addWithParents(o, ordered);
        }
        export.add(file(), ordered.stream().map(this::toRecord).toList());
    }

    private static void addWithParents(Organization o, List<Organization> ordered) {
        if (o == null || ordered.contains(o)) {
            return;
        }
        addWithParents(o.parent, ordered);
        ordered.add(o);
    }
}
