package cn.xuchang.directory.service;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Singleton;

import cn.xuchang.directory.organization.Organization;
import cn.xuchang.directory.organization.OrganizationKind;
import cn.xuchang.directory.record.EntityRefs;
import cn.xuchang.directory.record.Located;
import cn.xuchang.directory.record.KindDefinition;
import cn.xuchang.directory.common.Limits;
import cn.xuchang.directory.record.RecordRules;

/** 办事事项 as a kind of record: the responsible organization decides who may edit it. */
@Singleton
public class ServiceKind extends KindDefinition<ServiceRecord, PublicService> {

    public static final String NAME = "service";

    public ServiceKind() {
        super(NAME, 20, "services.yaml", ServiceRecord.class, ServiceRequest.class, PublicService.class,
                PublicService::new, ServiceView::from, ServiceRecord::organization);
    }

    @Override
    public ServiceRecord check(Located<ServiceRecord> e, RecordRules rules) {
        ServiceRecord s = e.value();
        rules.text(e, "name", s.name(), Limits.NAME, true);
        rules.fits(e, "description", s.description(), Limits.DESCRIPTION);
        rules.source(e, s.source());
        rules.texts(e, "aliases", s.aliases(), Limits.SHORT_TEXT, Limits.ALIASES);
        rules.ref(e, "organization", OrganizationKind.NAME, s.organization());
        return s;
    }

    @Override
    protected void applyFields(ServiceRecord r, PublicService s, EntityRefs refs) {
        s.name = r.name();
        List<String> aliases = r.aliases() == null ? List.of() : r.aliases().stream().distinct().toList();
        if (!s.aliases.equals(aliases)) {
            s.aliases.clear();
            s.aliases.addAll(aliases);
        }
        s.description = r.description();
        s.organization = refs.get(Organization.class, r.organization());
    }

    @Override
    public ServiceRecord toRecord(PublicService s) {
        return new ServiceRecord(s.id, s.name, s.aliases.isEmpty() ? null : new ArrayList<>(s.aliases),
                s.description, id(s.organization), flag(s.retired),
                s.source, s.lastVerified);
    }

}
