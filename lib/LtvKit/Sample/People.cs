namespace LtvKit.Sample;

/// <summary>Material for the fake customer master: names, genders, age bands, prefectures.</summary>
/// <remarks>
/// Common surnames and given names, combined at random, give names of a realistic shape that
/// belong to no one in particular; the e-mail addresses use the reserved <c>example.jp</c> domain
/// and the phone numbers the unassigned <c>0X0-0000-XXXX</c> block, so nothing in the file can
/// reach a real person. The report must still mask them: that is what this data is for.
/// </remarks>
internal static class People
{
    /// <summary>(漢字, romaji) pairs.</summary>
    public static readonly (string Kanji, string Romaji)[] Surnames =
    [
        ("佐藤", "sato"), ("鈴木", "suzuki"), ("高橋", "takahashi"), ("田中", "tanaka"), ("伊藤", "ito"),
        ("渡辺", "watanabe"), ("山本", "yamamoto"), ("中村", "nakamura"), ("小林", "kobayashi"), ("加藤", "kato"),
        ("吉田", "yoshida"), ("山田", "yamada"), ("佐々木", "sasaki"), ("山口", "yamaguchi"), ("松本", "matsumoto"),
        ("井上", "inoue"), ("木村", "kimura"), ("林", "hayashi"), ("斎藤", "saito"), ("清水", "shimizu"),
        ("山崎", "yamazaki"), ("森", "mori"), ("池田", "ikeda"), ("橋本", "hashimoto"), ("阿部", "abe"),
        ("石川", "ishikawa"), ("山下", "yamashita"), ("中島", "nakajima"), ("石井", "ishii"), ("小川", "ogawa"),
        ("前田", "maeda"), ("岡田", "okada"), ("長谷川", "hasegawa"), ("藤田", "fujita"), ("後藤", "goto"),
        ("近藤", "kondo"), ("村上", "murakami"), ("遠藤", "endo"), ("青木", "aoki"), ("坂本", "sakamoto"),
    ];

    public static readonly (string Kanji, string Romaji)[] FemaleNames =
    [
        ("花子", "hanako"), ("陽子", "yoko"), ("恵子", "keiko"), ("裕子", "yuko"), ("美穂", "miho"),
        ("直美", "naomi"), ("由美", "yumi"), ("真由美", "mayumi"), ("久美子", "kumiko"), ("智子", "tomoko"),
        ("明美", "akemi"), ("幸子", "sachiko"), ("さくら", "sakura"), ("美咲", "misaki"), ("愛", "ai"),
        ("彩", "aya"), ("麻衣", "mai"), ("結衣", "yui"), ("陽菜", "hina"), ("千尋", "chihiro"),
        ("奈々", "nana"), ("理恵", "rie"), ("香織", "kaori"), ("純子", "junko"), ("和子", "kazuko"),
    ];

    public static readonly (string Kanji, string Romaji)[] MaleNames =
    [
        ("太郎", "taro"), ("一郎", "ichiro"), ("健一", "kenichi"), ("誠", "makoto"), ("浩", "hiroshi"),
        ("隆", "takashi"), ("大輔", "daisuke"), ("翔太", "shota"), ("拓也", "takuya"), ("健太", "kenta"),
        ("直樹", "naoki"), ("和也", "kazuya"), ("学", "manabu"), ("修", "osamu"), ("剛", "tsuyoshi"),
        ("蓮", "ren"), ("悠真", "yuma"), ("陽翔", "haruto"), ("大翔", "hiroto"), ("達也", "tatsuya"),
    ];

    /// <summary>性別 and its share: health food and cosmetics mail order sells mostly to women.</summary>
    public static readonly (string Label, double Weight)[] Genders = [("女性", 68), ("男性", 29), ("未回答", 3)];

    /// <summary>年代 and its share: mail-order buyers are mostly in their 40s to 60s.</summary>
    public static readonly (string Label, double Weight)[] AgeBands =
        [("20代", 6), ("30代", 13), ("40代", 22), ("50代", 25), ("60代", 21), ("70代", 13)];

    /// <summary>The 47 prefectures, weighted by population (2020 census, in 10,000 people).</summary>
    public static readonly (string Label, double Weight)[] Prefectures =
    [
        ("北海道", 522), ("青森県", 124), ("岩手県", 121), ("宮城県", 230), ("秋田県", 96), ("山形県", 107),
        ("福島県", 183), ("茨城県", 287), ("栃木県", 193), ("群馬県", 194), ("埼玉県", 734), ("千葉県", 628),
        ("東京都", 1405), ("神奈川県", 924), ("新潟県", 220), ("富山県", 103), ("石川県", 113), ("福井県", 77),
        ("山梨県", 81), ("長野県", 205), ("岐阜県", 198), ("静岡県", 363), ("愛知県", 754), ("三重県", 177),
        ("滋賀県", 141), ("京都府", 258), ("大阪府", 884), ("兵庫県", 547), ("奈良県", 133), ("和歌山県", 92),
        ("鳥取県", 55), ("島根県", 67), ("岡山県", 189), ("広島県", 280), ("山口県", 134), ("徳島県", 72),
        ("香川県", 95), ("愛媛県", 133), ("高知県", 69), ("福岡県", 513), ("佐賀県", 81), ("長崎県", 131),
        ("熊本県", 174), ("大分県", 113), ("宮崎県", 107), ("鹿児島県", 159), ("沖縄県", 147),
    ];
}
