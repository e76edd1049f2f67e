package cn.xuchang.directory.importer;

import java.util.List;

import cn.xuchang.directory.editing.Kinds;
import cn.xuchang.directory.hotline.HotlineKind;
import cn.xuchang.directory.location.LocationKind;
import cn.xuchang.directory.location.WindowKind;
import cn.xuchang.directory.organization.OrganizationKind;
import cn.xuchang.directory.phone.PhoneNumbers;
import cn.xuchang.directory.service.ServiceKind;

/** Every kind of record without a container, for tests of data/ that need no database. */
final class TestKinds {

    private TestKinds() {
    }

    static Kinds all() {
        return new Kinds(List.of(new OrganizationKind(), new ServiceKind(), new LocationKind(), new WindowKind(),
                new HotlineKind(new PhoneNumbers("0374"))));
    }
}
