package cn.xuchang.directory.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** 出处 (source citation): the sources of data/ as a citizen reads them, never a repository path. */
class SourceCitationTest {

    @Test
    void aNewspaperAdvertisementIsCitedByPublicationMonthAndSection() {
        SourceCitation cited = SourceCitation.of("许昌日报 2023年11月 版面 (shared/seeds/xuchang-daily-2023-11.txt), "
                + "广告「许昌市人力资源和社会保障局创业担保贷款 服务电话」, 「禹州市：0374-8297716」");
        assertThat(cited.text()).isEqualTo("许昌日报 2023年11月，广告「许昌市人力资源和社会保障局创业担保贷款 服务电话」");
        assertThat(cited.publication()).isEqualTo("许昌日报");
        assertThat(cited.date()).isEqualTo("2023-11");
        assertThat(cited.section()).isEqualTo("广告「许昌市人力资源和社会保障局创业担保贷款 服务电话」");
    }

    @Test
    void anArticleKeepsItsTitleAndNotWhatFollows() {
        assertThat(SourceCitation.text("许昌日报 2023年11月 版面 (shared/seeds/xuchang-daily-2023-11.txt), "
                + "报道「市委办公室：建强政治机关 服务全市大局」：在\"许昌市委办\"微信公众号开设学习专栏"))
                .isEqualTo("许昌日报 2023年11月，报道「市委办公室：建强政治机关 服务全市大局」");
        assertThat(SourceCitation.text("许昌日报 2023年11月 版面 (shared/seeds/xuchang-daily-2023-11.txt)"))
                .isEqualTo("许昌日报 2023年11月");
    }

    @Test
    void collectedWebPagesAreCitedByTheirSitesWithoutADate() {
        SourceCitation cited = SourceCitation.of("shared/data/national-hotlines.csv; plnmw.com (stored Q&A page)");
        assertThat(cited.text()).isEqualTo("网上公开资料（plnmw.com）");
        assertThat(cited.date()).isNull();
        assertThat(SourceCitation.text("shared/data/national-hotlines.csv (12345), cnganbu.com/news/view?id=49625"))
                .isEqualTo("网上公开资料（cnganbu.com）");
        assertThat(SourceCitation.text("shared/data/national-hotlines.csv; trklw.com; dfrtw.com/zhuanlichaxun/1916"))
                .isEqualTo("网上公开资料（trklw.com、dfrtw.com）");
    }

    @Test
    void otherSourcesAreShownAsWrittenAndNoSourceIsNone() {
        assertThat(SourceCitation.text("常用简称 (common short forms of 许昌经济技术开发区)")).isEqualTo("常用简称");
        assertThat(SourceCitation.of(null)).isNull();
        assertThat(SourceCitation.text(" ")).isEmpty();
    }
}
