package cn.xuchang.directory.editing;

import java.util.List;

/** Where an organization stands: the editing rules need its ancestors, the organization feature knows them. */
public interface OrganizationTree {

    /** The organization and those above it, nearest first; empty for null or an unknown id. */
    List<String> selfAndAncestors(String organizationId);
}
