package cn.xuchang.directory.common;

/**
 * The partner-facing tests (cross-origin use, HTTP caching) create records, and lists show retired records too:
 * a database of their own keeps them out of the lists and examples other tests compare.
 */
public class PartnerTestsProfile extends OwnDatabaseProfile {
}
