"""The bundled text samples, written by code so the project owns them: short sentences about sports, weather,
food and technology, in English and in Chinese, made from templates and word lists with a fixed seed.

`python -m mmstudio.core.media.text.samples [OUT]` rewrites resources/samples/text_en.csv and text_zh.csv (columns
`text,label`); tests generate their own sets with the same functions.
"""

from __future__ import annotations

import csv
import random
import re
import sys
from pathlib import Path

# Slots are {name}; a slot's words come from the class's own lists first, then from the shared ones.
_EN_SHARED = {
    "time": ["today", "tomorrow", "yesterday", "this weekend", "tonight", "on Monday", "last night", "next week",
             "this morning", "on Friday"],
    "person": ["my brother", "our neighbour", "my friend", "the teacher", "my aunt", "a colleague", "my sister",
               "everyone", "the kids"],
    "feel": ["I think", "Honestly,", "Wow,", "Believe it or not,", "As expected,", "Sadly,", "Good news:",
             "Guess what,", ""],
}  # fmt: skip

_EN = {
    "sports": {
        "templates": [
            "{feel} the {team} won the {event} {time}.",
            "{player} scored {num} goals in the {event}.",
            "The {team} lost the {sport} match {score} {time}.",
            "{person} watched the {sport} game with friends {time}.",
            "The coach says the {team} needs more training before the {event}.",
            "{player} broke the record in the {race} {time}.",
            "Tickets for the {sport} {event} sold out in minutes.",
            "What a {adj} {sport} match, the fans were singing all night.",
            "{person} joined a {sport} club and trains twice a week.",
            "The referee gave {player} a red card in the {event}.",
            "{feel} {player} signed for the {team} {time}.",
            "The {race} starts at the stadium {time}.",
        ],
        "team": ["home team", "city club", "national team", "visitors", "reds", "blues", "underdogs", "champions"],
        "sport": ["football", "basketball", "tennis", "hockey", "rugby", "cricket", "volleyball", "baseball"],
        "event": ["cup final", "league match", "semi-final", "championship", "derby", "tournament", "play-off"],
        "player": ["Maria", "Tom", "Lee", "Ahmed", "Sofia", "Jack", "the striker", "the goalkeeper", "the captain"],
        "num": ["two", "three", "four", "two late", "both"],
        "score": ["2-1", "3-0", "1-0", "4-2", "on penalties"],
        "race": ["marathon", "100 metres", "cycling race", "swimming final", "relay"],
        "adj": ["thrilling", "tense", "dramatic", "boring", "great", "wild"],
    },
    "weather": {
        "templates": [
            "{feel} it will be {sky} and {temp} {time}.",
            "Expect {rain} in the {region} {time}.",
            "The forecast says {wind} winds and {temp} temperatures {time}.",
            "Take an umbrella, {rain} is coming {time}.",
            "A {storm} is moving toward the {region}.",
            "{person} says the {region} had {rain} all day {time}.",
            "The sky is {sky} and the air feels {temp} {time}.",
            "Temperatures will drop below {degrees} degrees {time}.",
            "{feel} the {storm} closed the roads in the {region}.",
            "Sunshine and a {wind} breeze are expected {time}.",
            "It has been {temp} and {sky} for a week in the {region}.",
            "Watch out for {rain} and ice on the roads {time}.",
        ],
        "sky": ["sunny", "cloudy", "grey", "clear", "foggy", "overcast", "bright"],
        "temp": ["hot", "cold", "warm", "freezing", "mild", "chilly", "humid"],
        "rain": ["heavy rain", "snow", "showers", "hail", "drizzle", "thunderstorms", "sleet"],
        "region": ["north", "south", "coast", "mountains", "valley", "east", "islands"],
        "wind": ["strong", "light", "gusty", "cool", "northern", "icy"],
        "storm": ["storm", "hurricane", "cold front", "heatwave", "blizzard", "typhoon"],
        "degrees": ["zero", "five", "minus ten", "ten"],
    },
    "food": {
        "templates": [
            "{feel} this {dish} tastes {taste}, with {ingredient} and {ingredient}.",
            "{person} cooked {dish} for dinner {time}.",
            "The new {place} serves {taste} {dish}.",
            "Add a pinch of {spice} to the {dish} before serving.",
            "We had {dish} and {drink} at the {place} {time}.",
            "The recipe needs {ingredient}, {spice} and a little butter.",
            "{person} baked a {cake} for the party {time}.",
            "I ordered {dish} but it was too {taste}.",
            "The {place} near the station makes the best {dish}.",
            "{feel} the {dish} was cold and the {drink} was flat.",
            "Slice the {ingredient} and fry it in olive oil.",
            "For breakfast {person} had {drink} and {cake}.",
        ],
        "dish": ["pasta", "curry", "soup", "pizza", "noodles", "salad", "risotto", "dumplings", "stew", "tacos"],
        "taste": ["delicious", "salty", "spicy", "sweet", "bland", "crispy", "creamy", "sour"],
        "ingredient": ["garlic", "tomatoes", "mushrooms", "onions", "cheese", "chicken", "rice", "peppers"],
        "spice": ["salt", "pepper", "cumin", "paprika", "basil", "chilli"],
        "place": ["restaurant", "cafe", "bakery", "food truck", "bistro", "noodle bar"],
        "drink": ["coffee", "tea", "lemonade", "orange juice", "hot chocolate"],
        "cake": ["chocolate cake", "apple pie", "cheesecake", "banana bread", "croissants"],
    },
    "tech": {
        "templates": [
            "{feel} the new {device} has a {part} and {spec}.",
            "{person} updated the {software} on the {device} {time}.",
            "{company} released a {adj} {product} {time}.",
            "My {device} keeps crashing when I open the {app}.",
            "Engineers fixed a {bug} in the {software}.",
            "The {app} now syncs your files to the cloud.",
            "{person} installed a faster {part} in the old {device}.",
            "The {device} battery lasts {hours} hours after the update.",
            "{feel} {company} announced an {product} with {spec}.",
            "Restart the {device} if the {app} stops responding.",
            "The {software} update adds {feature} and fixes the {bug}.",
            "Developers are testing the {product} before launch {time}.",
        ],
        "device": ["laptop", "phone", "tablet", "smartwatch", "router", "computer", "printer", "camera"],
        "part": ["processor", "graphics card", "touchscreen", "memory chip", "solid state drive", "keyboard"],
        "spec": ["a bigger battery", "faster charging", "more storage", "a brighter display", "wireless charging"],
        "software": ["operating system", "browser", "driver", "firmware", "antivirus", "app store"],
        "company": ["A startup", "The chip maker", "A software company", "The phone maker", "A cloud provider"],
        "product": ["AI assistant", "smartphone", "laptop", "search engine", "video app", "game console"],
        "app": ["camera app", "email app", "music app", "browser", "maps app", "chat app"],
        "bug": ["security bug", "memory leak", "login error", "crash", "bug"],
        "feature": ["dark mode", "face unlock", "voice commands", "offline maps"],
        "adj": ["cheaper", "faster", "new", "smarter", "lighter"],
        "hours": ["ten", "twelve", "twenty", "two"],
    },
}  # fmt: skip

_ZH_SHARED = {
    "time": ["今天", "明天", "昨天", "这个周末", "今晚", "周一", "昨晚", "下周", "今天早上", "周五"],
    "person": ["我哥哥", "邻居", "我的朋友", "老师", "我阿姨", "同事", "我妹妹", "大家", "孩子们"],
    "feel": ["说实话，", "哇，", "没想到", "果然，", "可惜", "好消息：", "听说", ""],
}  # fmt: skip

_ZH = {
    "体育": {
        "templates": [
            "{feel}{team}{time}赢得了{event}。",
            "{player}在{event}中打进了{num}个球。",
            "{team}{time}在{sport}比赛中以{score}输了。",
            "{person}{time}和朋友一起看了{sport}比赛。",
            "教练说{team}在{event}之前还需要加强训练。",
            "{player}{time}打破了{race}的纪录。",
            "{sport}{event}的门票几分钟就卖光了。",
            "这场{sport}比赛非常{adj}，球迷们唱了一整晚。",
            "{person}参加了一个{sport}俱乐部，每周训练两次。",
            "裁判在{event}中给了{player}一张红牌。",
            "{feel}{player}{time}加盟了{team}。",
            "{race}{time}在体育场开赛。",
        ],
        "team": ["主队", "国家队", "客队", "红队", "蓝队", "卫冕冠军", "城市俱乐部"],
        "sport": ["足球", "篮球", "网球", "排球", "乒乓球", "羽毛球", "棒球"],
        "event": ["决赛", "联赛", "半决赛", "锦标赛", "德比战", "杯赛", "季后赛"],
        "player": ["小王", "李明", "张伟", "前锋", "守门员", "队长", "新秀"],
        "num": ["两", "三", "四", "关键的一"],
        "score": ["一比二", "零比三", "零比一", "点球大战"],
        "race": ["马拉松", "百米赛跑", "自行车赛", "游泳决赛", "接力赛"],
        "adj": ["精彩", "紧张", "激烈", "无聊", "刺激"],
    },
    "天气": {
        "templates": [
            "{feel}{time}{sky}，气温{temp}。",
            "{time}{region}有{rain}，出门记得带伞。",
            "天气预报说{time}有{wind}，气温{temp}。",
            "{storm}正在向{region}移动。",
            "{person}说{region}{time}下了一整天的{rain}。",
            "{time}天空{sky}，空气{temp}。",
            "{time}气温会降到{degrees}度以下。",
            "{feel}{storm}让{region}的道路都封闭了。",
            "{time}阳光明媚，还有{wind}。",
            "{region}已经{sky}了一个星期，一直很{temp}。",
            "{time}路上可能有{rain}和结冰，开车要小心。",
            "{region}{time}的空气质量很差，有{sky}。",
        ],
        "sky": ["晴朗", "多云", "阴天", "雾蒙蒙", "灰蒙蒙", "雾霾"],
        "temp": ["很热", "很冷", "暖和", "寒冷", "凉爽", "闷热", "潮湿"],
        "rain": ["大雨", "雪", "阵雨", "冰雹", "小雨", "雷阵雨", "雨夹雪"],
        "region": ["北方", "南方", "沿海地区", "山区", "东部", "西部", "岛上"],
        "wind": ["大风", "微风", "阵风", "北风", "寒风"],
        "storm": ["台风", "暴风雨", "寒潮", "热浪", "暴雪"],
        "degrees": ["零", "五", "零下十", "十"],
    },
    "美食": {
        "templates": [
            "{feel}这道{dish}{taste}，里面有{ingredient}和{ingredient}。",
            "{person}{time}晚饭做了{dish}。",
            "新开的{place}卖的{dish}{taste}。",
            "上桌前在{dish}里加一点{spice}。",
            "我们{time}在{place}吃了{dish}，还喝了{drink}。",
            "这个菜谱需要{ingredient}、{spice}和一点黄油。",
            "{person}{time}为聚会烤了{cake}。",
            "我点了{dish}，但是太{taste}了。",
            "车站附近那家{place}的{dish}最好吃。",
            "{feel}{dish}是凉的，{drink}也不好喝。",
            "把{ingredient}切片，用橄榄油炒一下。",
            "{person}早餐吃了{cake}，喝了{drink}。",
        ],
        "dish": ["面条", "咖喱", "汤", "披萨", "饺子", "沙拉", "红烧肉", "火锅", "炒饭", "包子"],
        "taste": ["很好吃", "很咸", "很辣", "很甜", "没味道", "很脆", "很香", "很酸"],
        "ingredient": ["大蒜", "西红柿", "蘑菇", "洋葱", "奶酪", "鸡肉", "米饭", "青椒", "豆腐"],
        "spice": ["盐", "胡椒", "孜然", "花椒", "酱油", "辣椒"],
        "place": ["餐厅", "咖啡馆", "面包店", "小吃摊", "面馆", "饭店"],
        "drink": ["咖啡", "茶", "柠檬水", "橙汁", "豆浆", "奶茶"],
        "cake": ["巧克力蛋糕", "苹果派", "芝士蛋糕", "月饼", "油条"],
    },
    "科技": {
        "templates": [
            "{feel}新款{device}配备了{part}，还有{spec}。",
            "{person}{time}更新了{device}上的{software}。",
            "{company}{time}发布了一款{adj}{product}。",
            "我的{device}一打开{app}就崩溃。",
            "工程师修复了{software}里的{bug}。",
            "{app}现在可以把文件同步到云端。",
            "{person}给旧{device}换了一个更快的{part}。",
            "更新以后{device}的电池能用{hours}个小时。",
            "{feel}{company}公布了一款支持{spec}的{product}。",
            "如果{app}没有反应，就重启{device}。",
            "这次{software}更新增加了{feature}，还修复了{bug}。",
            "开发人员正在测试{product}，{time}发布。",
        ],
        "device": ["笔记本电脑", "手机", "平板电脑", "智能手表", "路由器", "电脑", "打印机", "相机"],
        "part": ["处理器", "显卡", "触摸屏", "内存条", "固态硬盘", "键盘"],
        "spec": ["更大的电池", "快速充电", "更多存储空间", "更亮的屏幕", "无线充电"],
        "software": ["操作系统", "浏览器", "驱动程序", "固件", "杀毒软件", "应用商店"],
        "company": ["一家创业公司", "芯片厂商", "一家软件公司", "手机厂商", "云服务商"],
        "product": ["人工智能助手", "智能手机", "笔记本电脑", "搜索引擎", "视频应用", "游戏机"],
        "app": ["相机应用", "邮件应用", "音乐应用", "浏览器", "地图应用", "聊天软件"],
        "bug": ["安全漏洞", "内存泄漏", "登录错误", "闪退问题", "程序错误"],
        "feature": ["深色模式", "人脸解锁", "语音控制", "离线地图"],
        "adj": ["更便宜的", "更快的", "全新的", "更智能的", "更轻的"],
        "hours": ["十", "十二", "二十", "两"],
    },
}  # fmt: skip

_SLOT = re.compile(r"\{(\w+)\}")


def _fill(template: str, words: dict, shared: dict, rng: random.Random, spaced: bool) -> str:
    def pick(match: re.Match) -> str:
        name = match.group(1)
        return rng.choice(words[name] if name in words else shared[name])

    text = _SLOT.sub(pick, template)
    if spaced:
        text = " ".join(text.split())
        text = text[0].upper() + text[1:]
    return text


def _generate(spec: dict, shared: dict, per_class: int, seed: int, spaced: bool) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    rows = []
    for label, words in spec.items():
        seen: set[str] = set()
        attempts = 0
        while len(seen) < per_class and attempts < per_class * 50:
            attempts += 1
            text = _fill(rng.choice(words["templates"]), words, shared, rng, spaced)
            if text not in seen:
                seen.add(text)
                rows.append((text, label))
    rng.shuffle(rows)
    return rows


def english_samples(per_class: int = 80, seed: int = 11) -> list[tuple[str, str]]:
    """(text, label) pairs: sports, weather, food, tech; deterministic for a given seed."""
    return _generate(_EN, _EN_SHARED, per_class, seed, spaced=True)


def chinese_samples(per_class: int = 80, seed: int = 11) -> list[tuple[str, str]]:
    """(text, label) pairs: 体育, 天气, 美食, 科技; deterministic for a given seed."""
    return _generate(_ZH, _ZH_SHARED, per_class, seed, spaced=False)


def write_csv(rows: list[tuple[str, str]], path: Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["text", "label"])
        writer.writerows(rows)
    return path


def write_text_samples(out: Path, per_class: int = 80, seed: int = 11) -> tuple[Path, Path]:
    """text_en.csv and text_zh.csv in `out`."""
    out = Path(out)
    return (
        write_csv(english_samples(per_class, seed), out / "text_en.csv"),
        write_csv(chinese_samples(per_class, seed), out / "text_zh.csv"),
    )


if __name__ == "__main__":
    write_text_samples(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("resources/samples"))
