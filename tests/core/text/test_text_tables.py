import json

import pytest

from mmstudio.core.errors import DataError
from mmstudio.core.media.text.tables import guess_columns, load_table, read_labelled_table


def write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_csv_with_quoted_newlines_extra_columns_and_skipped_rows(tmp_path):
    path = write(
        tmp_path,
        "reviews.csv",
        "id,text,label,extra\n"
        '1,"I love this film,\nreally ""great""",positive,x\n'
        "2,Terrible movie,negative,y\n"
        "3,,positive,z\n"
        "4,   ,negative,z\n"
        "5,Great fun,,w\n"
        "6,Fine film,positive\n",
    )
    table = read_labelled_table(path)
    assert table.pairs == [
        ('I love this film,\nreally "great"', "positive"),
        ("Terrible movie", "negative"),
        ("Fine film", "positive"),
    ]
    assert (table.text_column, table.label_column) == ("text", "label")
    assert table.skipped_empty_text == 2
    assert table.skipped_missing_label == 1
    assert table.classes == ["negative", "positive"]
    assert table.confident


def test_tsv(tmp_path):
    path = write(tmp_path, "data.tsv", "sentence\tcategory\nit rains, again\tweather\ngoal!\tsports\n")
    table = read_labelled_table(path)
    assert table.pairs == [("it rains, again", "weather"), ("goal!", "sports")]


def test_jsonl_with_numbers_and_bad_lines(tmp_path):
    lines = [
        json.dumps({"review": "so good", "stars": 5, "target": 1}),
        json.dumps({"review": "awful", "stars": 1, "target": 0}),
        "this is not json",
        json.dumps({"review": "no label here", "stars": 3}),
        json.dumps({"review": "meh", "stars": 2, "target": 0}),
    ]
    table = read_labelled_table(write(tmp_path, "reviews.jsonl", "\n".join(lines) + "\n"))
    assert table.pairs == [("so good", "1"), ("awful", "0"), ("meh", "0")]
    assert (table.text_column, table.label_column) == ("review", "target")
    assert table.skipped_bad_rows == 1
    assert table.skipped_missing_label == 1


def test_bom_and_legacy_encoding_and_chinese_headers(tmp_path):
    text = "文本,标签\n今天天气很好，我们去公园散步吧。,天气\n这场足球比赛非常精彩，主队赢了。,体育\n"
    assert read_labelled_table(write(tmp_path, "a.csv", "\ufeff" + text)).pairs[0] == ("今天天气很好，我们去公园散步吧。", "天气")
    table = read_labelled_table(write(tmp_path, "b.csv", text, encoding="gb18030"))
    assert table.pairs[1] == ("这场足球比赛非常精彩，主队赢了。", "体育")
    assert (table.text_column, table.label_column) == ("文本", "标签")


def test_semicolon_separated_csv(tmp_path):
    path = write(tmp_path, "excel.csv", "text;label\nBonjour, ça va;greeting\nAu revoir;farewell\n")
    assert read_labelled_table(path).pairs == [("Bonjour, ça va", "greeting"), ("Au revoir", "farewell")]


def test_header_guess_is_confident_when_names_say_so(tmp_path):
    path = write(tmp_path, "a.csv", "id,Review Text,Sentiment\n1,a long review here,pos\n2,another long one,neg\n")
    guess = guess_columns(path)
    assert (guess.text_column, guess.label_column, guess.confident) == ("Review Text", "Sentiment", True)


def test_header_guess_from_values_is_unsure(tmp_path):
    rows = [f"{k},some fairly long sentence number {k} about things,{'ab'[k % 2]},{k % 7}" for k in range(20)]
    path = write(tmp_path, "a.csv", "a,b,c,d\n" + "\n".join(rows) + "\n")
    guess = guess_columns(load_table(path))
    assert (guess.text_column, guess.label_column) == ("b", "c")
    assert not guess.confident
    assert guess.columns == ["a", "b", "c", "d"]
    assert not read_labelled_table(path).confident


def test_headerless_file_is_recognised(tmp_path):
    path = write(tmp_path, "a.csv", "I love it,pos\nbad bad bad,neg\ngood stuff,pos\nawful,neg\n")
    table = read_labelled_table(path)
    assert table.pairs[0] == ("I love it", "pos")
    assert len(table.pairs) == 4
    assert table.columns == ["column 1", "column 2"]


def test_explicit_columns_by_name_and_by_index(tmp_path):
    header = "id,title,body,topic,label\n"
    path = write(tmp_path, "a.csv", header + "1,Rain,It rains all day,weather,w\n2,Goal,We won,sports,s\n")
    by_name = read_labelled_table(path, text_column="title", label_column="topic")
    assert by_name.pairs == [("Rain", "weather"), ("Goal", "sports")]
    by_index = read_labelled_table(path, text_column=2, label_column=4)
    assert by_index.pairs == [("It rains all day", "w"), ("We won", "s")]
    assert (by_index.text_column, by_index.label_column) == ("body", "label")
    assert read_labelled_table(path, text_column="2", label_column="3").pairs[0] == ("It rains all day", "weather")


def test_unknown_column_names_it_and_lists_the_others(tmp_path):
    path = write(tmp_path, "a.csv", "text,label\nhello,a\nbye,b\n")
    with pytest.raises(DataError) as error:
        read_labelled_table(path, label_column="class")
    message = str(error.value)
    assert "'class'" in message and "'text', 'label'" in message
    with pytest.raises(DataError, match="no column '7'"):
        read_labelled_table(path, text_column=7)


def test_same_column_twice_is_refused(tmp_path):
    path = write(tmp_path, "a.csv", "text,label\nhello,a\nbye,b\n")
    with pytest.raises(DataError, match="cannot both be"):
        read_labelled_table(path, text_column="text", label_column=0)


def test_one_column_table_is_refused(tmp_path):
    with pytest.raises(DataError, match="only one column"):
        read_labelled_table(write(tmp_path, "a.csv", "text\nhello\nbye\n"))


def test_empty_table_is_refused(tmp_path):
    with pytest.raises(DataError, match="empty"):
        read_labelled_table(write(tmp_path, "a.csv", "\n\n"))
