package cn.xuchang.directory.organization;

import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;

import cn.xuchang.directory.editing.EditableKind;
import cn.xuchang.directory.editing.Validation;
import cn.xuchang.directory.editing.Versioned;
import cn.xuchang.directory.importer.DirectoryRecords.OrganizationRecord;
import cn.xuchang.directory.importer.RecordMapper;

/**
 * How editors change organizations: an editor may change their organization and those below it, and
 * create new ones below it; moving an organization under another parent is for admins.
 */
@ApplicationScoped
public class OrganizationEditing implements EditableKind<Organization, OrganizationRequest> {

    @Override
    public String name() {
        return "organization";
    }

    @Override
    public Class<OrganizationRequest> requestType() {
        return OrganizationRequest.class;
    }

    @Override
    public Organization find(String id) {
        return Organization.findById(id);
    }

    @Override
    public Organization newEntity(String id) {
        Organization o = new Organization();
        o.id = id;
        return o;
    }

    @Override
    public OrganizationRequest toRequest(Organization o) {
        OrganizationRecord r = RecordMapper.toRecord(o);
        return new OrganizationRequest(r.name(), r.shortName(), r.parent(), r.region(), r.description(), r.source());
    }

    /** A new organization belongs to its parent; an existing one to itself (see {@link Organization#owner()}). */
    @Override
    public Organization owner(OrganizationRequest request) {
        return request.parent() == null ? null : Organization.findById(request.parent());
    }

    @Override
    public void apply(OrganizationRequest q, Organization o, Validation validation) {
        boolean existing = o.name != null;
        String currentParent = o.parent == null ? null : o.parent.id;
        if (existing && !Objects.equals(currentParent, q.parent()) && !validation.mayMoveOrganizations()) {
            validation.forbid("only an admin may move an organization under another parent");
        }
        for (Organization p = q.parent() == null ? null : Organization.findById(q.parent()); p != null; p = p.parent) {
            if (p.id.equals(o.id)) {
                validation.problem("parent", "an organization cannot be below itself");
                break;
            }
        }
        OrganizationRecord record = validation.validator().organization(validation.located(new OrganizationRecord(
                o.id, q.name(), q.shortName(), q.parent(), q.region(), q.description(), o.retired ? Boolean.TRUE : null,
                q.source(), null)));
        if (validation.ok()) {
            RecordMapper.apply(record, o, validation);
        }
    }

    @Override
    public void setRetired(Organization o, boolean retired) {
        o.retired = retired;
    }

    @Override
    public boolean isRetired(Organization o) {
        return o.retired;
    }

    @Override
    public Versioned view(Organization o) {
        return OrganizationView.from(o);
    }
}
