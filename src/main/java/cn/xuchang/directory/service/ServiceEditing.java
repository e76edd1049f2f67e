package cn.xuchang.directory.service;

import jakarta.enterprise.context.ApplicationScoped;

import cn.xuchang.directory.editing.EditableKind;
import cn.xuchang.directory.editing.Validation;
import cn.xuchang.directory.editing.Versioned;
import cn.xuchang.directory.importer.DirectoryRecords.ServiceRecord;
import cn.xuchang.directory.importer.RecordMapper;
import cn.xuchang.directory.organization.Organization;

/** How editors change services: the data/ rules; the responsible organization decides who may. */
@ApplicationScoped
public class ServiceEditing implements EditableKind<PublicService, ServiceRequest> {

    @Override
    public String name() {
        return "service";
    }

    @Override
    public Class<ServiceRequest> requestType() {
        return ServiceRequest.class;
    }

    @Override
    public PublicService find(String id) {
        return PublicService.findById(id);
    }

    @Override
    public PublicService newEntity(String id) {
        PublicService s = new PublicService();
        s.id = id;
        return s;
    }

    @Override
    public ServiceRequest toRequest(PublicService s) {
        ServiceRecord r = RecordMapper.toRecord(s);
        return new ServiceRequest(r.name(), r.aliases(), r.description(), r.organization(), r.source());
    }

    @Override
    public Organization owner(ServiceRequest request) {
        return request.organization() == null ? null : Organization.findById(request.organization());
    }

    @Override
    public void apply(ServiceRequest q, PublicService s, Validation validation) {
        ServiceRecord record = validation.validator().service(validation.located(new ServiceRecord(s.id, q.name(),
                q.aliases(), q.description(), q.organization(), s.retired ? Boolean.TRUE : null, q.source(), null)));
        if (validation.ok()) {
            RecordMapper.apply(record, s, validation);
        }
    }

    @Override
    public void setRetired(PublicService s, boolean retired) {
        s.retired = retired;
    }

    @Override
    public boolean isRetired(PublicService s) {
        return s.retired;
    }

    @Override
    public Versioned view(PublicService s) {
        return ServiceView.from(s);
    }
}
