package cn.xuchang.directory.editing;

import java.util.List;

import cn.xuchang.directory.common.ApiException;

/**
 * 编辑者 (editor): who is making a change, from their token. An admin may change anything; an editor
 * only records of their organization and the organizations below it, and reads the history of those only.
 */
public record Editor(String name, boolean admin, String organizationId) {

    public static final String ADMIN = "admin";
    public static final String EDITOR = "editor";
    /** Token claim naming the editor's organization. */
    public static final String ORGANIZATION_CLAIM = "org";

    /**
     * True when this editor may change a record owned by the first organization of {@code ownerChain}
     * (that organization and those above it; empty: no organization, admin only).
     */
    public boolean mayChange(List<String> ownerChain) {
        return admin || organizationId != null && ownerChain.contains(organizationId);
    }

    /** 403 unless this editor may change records owned by the first of {@code ownerChain}. */
    public void requireMayChange(List<String> ownerChain, String what) {
        if (!mayChange(ownerChain)) {
            throw new ApiException(403, "/problems/forbidden", "Forbidden",
                    "Your organization (" + organizationId + ") may not change " + what, List.of());
        }
    }

    /** 403 unless this editor may change records owned by the first of {@code ownerChain}: history is theirs only. */
    public void requireMayReadHistory(List<String> ownerChain, String what) {
        if (!mayChange(ownerChain)) {
            throw new ApiException(403, "/problems/forbidden", "Forbidden", "Your organization (" + organizationId
                    + ") may read the history of the records it may change only, not of " + what, List.of());
        }
    }
}
