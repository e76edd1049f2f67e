package cn.xuchang.directory.hours;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** 北京时间 (the clock): the system's, in Asia/Shanghai; one CDI bean, so that tests put another in its place. */
@Singleton
public class ChinaClock {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.system(OpeningHours.CHINA);
    }
}
