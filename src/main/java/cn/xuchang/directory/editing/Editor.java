package cn.xuchang.directory.editing;

import cn.xuchang.directory.common.ApiException;
import cn.xuchang.directory.organization.Organization;

/**
 * 编辑者 (editor): who is making a change, from their token. An admin may change anything; an editor
 * only records of their organization and the organizations below it.
 */
public record Editor(String name, boolean admin, String organizationId) {

    public static final String ADMIN = "admin";
    public static final String EDITOR = "editor";
    /** Token claim naming the editor's organization. */
    public static final String ORGANIZATION_CLAIM = "org";

    /** True when this editor may change a record owned by {@code owner} (null: no organization, admin only). */
    public boolean mayChange(Organization owner) {
        if (admin) {
            return true;
        }
        if (owner == null || organizationId == null) {
            return false;
        }
        for (Organization o = owner; o != null; o = o.parent) {
            if (o.id.equals(organizationId)) {
                return true;
            }
        }
        return false;
    }

    /** 403 unless this editor may change records of {@code owner}. */
    public void requireMayChange(Organization owner, String what) {
        if (!mayChange(owner)) {
            throw new ApiException(403, "/problems/forbidden", "Forbidden",
                    "Your organization (" + organizationId + ") may not change " + what, java.util.List.of());
        }
    }
}
