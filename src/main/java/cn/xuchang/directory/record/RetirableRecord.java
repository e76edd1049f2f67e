package cn.xuchang.directory.record;

import jakarta.persistence.MappedSuperclass;

import org.hibernate.envers.Audited;

/** A record retired by a flag (all but hotlines, whose status says it): kept for history, hidden from citizens. */
@MappedSuperclass
@Audited
public abstract class RetirableRecord extends EditableRecord {

    /** 已撤销: no longer in service; kept for history, hidden from citizens. */
    public boolean retired;
}
