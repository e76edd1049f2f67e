package cn.xuchang.directory.organization;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.xuchang.directory.editing.OrganizationTree;

/** The organizations above one, from the database: what decides which editors may change its records. */
@ApplicationScoped
public class OrganizationHierarchy implements OrganizationTree {

    @Override
    public List<String> selfAndAncestors(String organizationId) {
        List<String> chain = new ArrayList<>();
        Organization o = organizationId == null ? null : Organization.findById(organizationId);
        for (; o != null && !chain.contains(o.id); o = o.parent) {
            chain.add(o.id);
        }
        return chain;
    }
}
