package cn.xuchang.directory.channel;

import com.fasterxml.jackson.annotation.JsonValue;

import cn.xuchang.directory.common.WireNames;

/** How a citizen reaches an office online. */
public enum ChannelType {
    /** 信箱: a web mailbox, such as 书记市长信箱. */
    MAILBOX,
    /** 平台: an online platform where appeals are filed, such as "互联网+督查". */
    PLATFORM,
    /** 微信公众号: a WeChat official account. */
    WECHAT_OFFICIAL_ACCOUNT,
    /** 小程序: a mini-program. */
    MINI_PROGRAM,
    /** 应用: a phone app. */
    APP,
    /** 网站: a website. */
    WEBSITE;

    @JsonValue
    public String wire() {
        return WireNames.of(this);
    }
}
