package cn.xuchang.directory.common;

/**
 * Tests that create records as a partner or editor would (cross-origin use, HTTP caching, contract limits), while
 * lists show retired records too: a database of their own keeps them out of the lists and answers other tests compare.
 */
public class PartnerTestsProfile extends OwnDatabaseProfile {
}
