package cn.xuchang.directory.channel;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.inject.Singleton;

import cn.xuchang.directory.organization.Organization;
import cn.xuchang.directory.organization.OrganizationKind;
import cn.xuchang.directory.record.EntityRefs;
import cn.xuchang.directory.record.Located;
import cn.xuchang.directory.record.KindDefinition;
import cn.xuchang.directory.common.Limits;
import cn.xuchang.directory.record.RecordRules;
import cn.xuchang.directory.region.Region;
import cn.xuchang.directory.service.PublicService;
import cn.xuchang.directory.service.ServiceKind;

/** 渠道 as a kind of record: the organization that answers a channel decides who may edit it. */
@Singleton
public class ChannelKind extends KindDefinition<ChannelRecord, OnlineChannel> {

    public static final String NAME = "channel";

    public ChannelKind() {
        super(NAME, 60, "channels.yaml", ChannelRecord.class, ChannelRequest.class, OnlineChannel.class,
                OnlineChannel::new, ChannelView::from, ChannelRecord::organization);
    }

    @Override
    public ChannelRecord check(Located<ChannelRecord> e, RecordRules rules) {
        ChannelRecord c = e.value();
        ChannelType type = rules.oneOf(e, "type", c.type(), ChannelType.class);
        rules.text(e, "name", c.name(), Limits.NAME, true);
        rules.fits(e, "handle", c.handle(), Limits.SHORT_TEXT);
        rules.fits(e, "description", c.description(), Limits.DESCRIPTION);
        rules.source(e, c.source());
        if (rules.fits(e, "url", c.url(), Limits.SOURCE) && c.url() != null && !isWebAddress(c.url())) {
            rules.problem(e, "url", "must be an http or https address");
        }
        rules.ref(e, "organization", OrganizationKind.NAME, c.organization());
        List<String> services = rules.refs(e, "services", ServiceKind.NAME, c.services(), Limits.SERVICES);
        List<String> regions = rules.regions(e, "regions", c.regions());
        return new ChannelRecord(c.id(), type == null ? c.type() : type.wire(), c.name(), c.handle(), c.url(),
                c.description(), c.organization(), services, regions.isEmpty() ? null : regions, c.retired(),
                c.source(), c.lastVerified());
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = URI.create(url.strip());
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    protected void applyFields(ChannelRecord r, OnlineChannel c, EntityRefs refs) {
        c.type = ChannelType.valueOf(r.type().toUpperCase(Locale.ROOT));
        c.name = r.name();
        c.handle = r.handle();
        c.url = r.url();
        c.description = r.description();
        c.organization = refs.get(Organization.class, r.organization());
        link(c.services, r.services(), PublicService.class, refs);
        link(c.regions, r.regions(), Region.class, refs);
    }

    @Override
    public ChannelRecord toRecord(OnlineChannel c) {
        return new ChannelRecord(c.id, c.type == null ? null : c.type.wire(), c.name, c.handle, c.url, c.description,
                id(c.organization),
                ids(c.services, s -> s.id),
                ids(c.regions, r -> r.code),
                flag(c.retired), c.source, c.lastVerified);
    }

}
