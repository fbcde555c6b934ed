from mmstudio.core.media.text.tokenize import fingerprint_text, tokenize


def test_english_words_are_lower_cased_and_punctuation_split():
    assert tokenize("Hello, World! Don't stop.") == ["hello", ",", "world", "!", "don't", "stop", "."]


def test_numbers_keep_their_separators():
    assert tokenize("It costs $1,000 or 3.5 coins") == ["it", "costs", "$", "1,000", "or", "3.5", "coins"]


def test_punctuation_only():
    assert tokenize("!!?") == ["!", "!", "?"]
    assert tokenize("e-mail") == ["e", "-", "mail"]


def test_chinese_characters_and_bigrams():
    assert tokenize("我爱机器学习") == ["我", "我爱", "爱", "爱机", "机", "机器", "器", "器学", "学", "学习", "习"]


def test_chinese_characters_only_when_ngrams_is_one():
    assert tokenize("我爱机器学习", cjk_ngrams=1) == ["我", "爱", "机", "器", "学", "习"]
    assert tokenize("天气", cjk_ngrams=3) == ["天", "天气", "气"]


def test_japanese_kana_and_kanji_are_characters():
    tokens = tokenize("東京タワーです。")
    assert tokens[:3] == ["東", "東京", "京"]
    assert "タワ" in tokens and "ー" in tokens
    assert tokens[-1] == "。"


def test_korean_hangul_is_split_into_syllables():
    assert tokenize("안녕 세계") == ["안", "안녕", "녕", "세", "세계", "계"]


def test_mixed_text_is_handled_run_by_run():
    assert tokenize("我爱 machine learning!") == ["我", "我爱", "爱", "machine", "learning", "!"]
    assert tokenize("用iPhone拍照") == ["用", "iphone", "拍", "拍照", "照"]


def test_full_width_forms_become_ordinary():
    assert tokenize("ＧＯＯＤ，很好") == ["good", ",", "很", "很好", "好"]


def test_emoji_are_kept_whole():
    assert tokenize("great 😀👍🏽 🇫🇷 👨\u200d👩\u200d👧 1️⃣") == [
        "great",
        "😀",
        "👍🏽",
        "🇫🇷",
        "👨\u200d👩\u200d👧",
        "1️⃣",
    ]


def test_accents_and_other_spaced_scripts_stay_whole_words():
    assert tokenize("Café naïve Привет हिन्दी") == ["café", "naïve", "привет", "हिन्दी"]


def test_empty_and_blank_give_nothing():
    assert tokenize("") == []
    assert tokenize("  \n\t ") == []
    assert tokenize("\u200b") == []


def test_limit_stops_early():
    assert tokenize("one two three four", limit=2) == ["one", "two"]
    assert tokenize("我爱机器学习", limit=3) == ["我", "我爱", "爱"]


def test_a_limit_in_words_counts_a_chinese_character_once_with_its_pairs_inside_the_limit():
    assert tokenize("我爱机器学习", limit=3, in_words=True) == ["我", "我爱", "爱", "爱机", "机"]
    assert tokenize("我爱机器", 3, limit=2, in_words=True) == ["我", "我爱", "爱"]
    assert tokenize("one two 我爱 three", limit=3, in_words=True) == ["one", "two", "我"]
    assert tokenize("ab我爱cd ef", limit=3, in_words=True) == ["ab", "我", "我爱", "爱"]
    assert tokenize("one, two three", limit=2, in_words=True) == ["one", ","]


def test_fingerprint_ignores_case_width_and_spacing():
    assert fingerprint_text("Hello   World\n") == fingerprint_text("hello world") == fingerprint_text("ＨＥＬＬＯ world")


PARAGRAPH = (
    "The quick brown fox jumps over the lazy dog near the riverbank, while children play football in the "
    "park and parents chat about the weather, the price of bread, and yesterday's match. "
) * 2 + "今天下午我们去公园散步，天气非常好，阳光明媚，很多人在草地上野餐和放风筝。"


def test_a_long_mixed_paragraph_is_tokenized_run_by_run():
    """How long it takes is measured in benchmarks/bench_timings_from_tests.py (goal: well under 1 ms)."""
    english, chinese = PARAGRAPH[: PARAGRAPH.index("今")], PARAGRAPH[PARAGRAPH.index("今") :]
    tokens = tokenize(PARAGRAPH)
    assert tokens == tokenize(english) + tokenize(chinese)
    assert tokens.count("the") == 2 * 6 and tokens.count("yesterday's") == 2
    assert "天气" in tokens and "风筝" in tokens and tokens[-1] == "。"
    assert tokenize(PARAGRAPH) == tokens  # the same every time
