package cn.xuchang.directory.editing;

import java.lang.reflect.Method;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import cn.xuchang.directory.common.ApiException;
import cn.xuchang.directory.common.ListFilter;
import cn.xuchang.directory.common.PageView;
import cn.xuchang.directory.common.Paging;
import cn.xuchang.directory.record.EditableRecord;
import cn.xuchang.directory.record.RecordKind;
import cn.xuchang.directory.region.RegionService;

/**
 * 记录接口 (a kind's API): reading one record and a page of records the same way for every kind, on top of the
 * writes of {@link RecordWriteResource}. A kind's resource names the words of its GET /{id} with
 * {@link RecordReads} and declares only its list: the shared filters of {@link ListQuery} it takes, named with
 * {@link ListFilters}, and its own.
 *
 * @param <Q> what an editor sends
 * @param <V> what the API shows of one record, e.g. OrganizationView
 */
public abstract class RecordResource<Q, V> extends RecordWriteResource<Q> {

    @Inject
    EntityManager em;

    @Inject
    RegionService regions;

    /** What the kind's list takes of {@link ListQuery}, found once: its {@link ListFilters}, and how region applies. */
    private volatile Takes takes;

    private record Takes(ListFilters filters, boolean manyRegions) {
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "get{Kind}", summary = "{one}", description = "{oneDescription}")
    @APIResponse(responseCode = "200", description = "The {kind}")
    public V get(@Parameter(description = "{Kind} id", example = "{idExample}") @PathParam("id") String id) {
        return view(ApiException.orNotFound(em.find(kind().entityType(), id), kind().name(), id));
    }

    /**
     * One page of the kind's records that pass the list's filters, by id: {@link Freshness}, the shared filters of
     * {@link ListQuery} its list names with {@link ListFilters}, then its own. Its responses (one page, 400, 404 for
     * a filter naming no record) are added by {@link RecordWriteOperations}.
     */
    protected PageView<V> page(ListQuery query, Paging paging) {
        return page(query, paging, UnaryOperator.identity());
    }

    /** As {@link #page(ListQuery, Paging)}, then the list's own filters. */
    protected PageView<V> page(ListQuery query, Paging paging, UnaryOperator<ListFilter> own) {
        Takes list = takes();
        ListFilters takes = list.filters();
        ListFilter filter = query.appendTo(new ListFilter());
        if (!takes.organization().value().isEmpty()) {
            filter.equal("organization", query.organization, existing("organization"));
        }
        if (!takes.service().value().isEmpty()) {
            filter.member("services", "service", query.service, existing("service"));
        }
        if (!takes.region().value().isEmpty()) {
            if (list.manyRegions()) {
                filter.member("regions", "region", query.region, region());
            } else {
                filter.equal("region", query.region, region());
            }
        }
        return page(own.apply(filter), paging);
    }

    /** One page of the kind's records that pass the filter, by id. */
    protected PageView<V> page(ListFilter filter, Paging paging) {
        String entity = kind().entityType().getSimpleName();
        String where = " where " + filter.query();
        TypedQuery<Long> count = em.createQuery("select count(*) from " + entity + where, Long.class);
        TypedQuery<?> page = em.createQuery("from " + entity + where + " order by id", kind().entityType())
                .setFirstResult((paging.page() - 1) * paging.size()).setMaxResults(paging.size());
        filter.params().forEach((name, value) -> {
            count.setParameter(name, value);
            page.setParameter(name, value);
        });
        List<V> items = page.getResultList().stream().map(this::view).toList();
        return PageView.of(items, paging, count.getSingleResult());
    }

    /** For a filter naming a record of another kind: that record, or 404 naming it. */
    protected Function<String, Object> existing(String kind) {
        Class<?> type = kinds.get(kind).entityType();
        return id -> ApiException.orNotFound(em.find(type, id), kind, id);
    }

    /** For a filter naming a region by its code (as clients write codes): that region, or 404 naming it. */
    protected Function<String, Object> region() {
        return code -> regions.require(code, "region");
    }

    /**
     * The {@link ListFilters} on the kind's list method and whether its records have many regions (a member of them
     * matches) or one; found on the first list and kept.
     */
    private Takes takes() {
        Takes found = takes;
        if (found == null) {
            ListFilters filters = null;
            for (Class<?> type = getClass(); filters == null && type != null; type = type.getSuperclass()) {
                for (Method method : type.getDeclaredMethods()) {
                    if (method.isAnnotationPresent(ListFilters.class)) {
                        filters = method.getAnnotation(ListFilters.class);
                    }
                }
            }
            if (filters == null) {
                throw new IllegalStateException(getClass() + " lists with a ListQuery; name its filters with @ListFilters");
            }
            boolean manyRegions = em.getMetamodel().entity(kind().entityType()).getAttributes().stream()
                    .anyMatch(attribute -> attribute.getName().equals("regions"));
            found = new Takes(filters, manyRegions);
            takes = found;
        }
        return found;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private V view(Object entity) {
        return (V) ((RecordKind) kind()).view((EditableRecord) entity);
    }
}
