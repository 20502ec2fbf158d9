#!/usr/bin/env python3
# test-translations.py: the translations are complete and the string list is whole
#
# Regenerates the template from the sources (xgettext, with the arguments of
# meson's i18n 'glib' preset), then fails when
#   - a file under src/, resources/ or data/ has strings but is not in
#     po/POTFILES.in (or POTFILES.in names a file that is gone);
#   - msgfmt --check fails on a .po file, or on it merged with the sources;
#   - a zh_CN or zh_TW string is untranslated or fuzzy once merged, so a new
#     string in the code that no .po has fails it;
#   - a mnemonic (_Save) lost its underscore in a translation;
#   - zh_CN has traditional characters, or zh_TW simplified ones or
#     mainland words where Taiwan's schools say something else;
#   - the desktop file or metainfo, merged with the translations, lacks
#     its Chinese name, comment, search words or captions.
# Prints TAP.
#
# SPDX-License-Identifier: GPL-3.0-or-later

import argparse
import os
import re
import subprocess
import sys
import tempfile

LANGUAGES = ("zh_CN", "zh_TW")
DESKTOP_IN = "data/io.github.havenapp.Haven.desktop.in"
METAINFO_IN = "data/io.github.havenapp.Haven.metainfo.xml.in"

# meson's i18n.gettext (preset: 'glib'), as po/meson.build uses it.
XGETTEXT_ARGS = [
    "--from-code=UTF-8",
    "--add-comments",
    "--keyword=_",
    "--keyword=N_",
    "--keyword=C_:1c,2",
    "--keyword=NC_:1c,2",
    "--keyword=g_dcgettext:2",
    "--keyword=g_dngettext:2,3",
    "--keyword=g_dpgettext2:2c,3",
    "--flag=N_:1:pass-c-format",
    "--flag=C_:2:pass-c-format",
    "--flag=NC_:2:pass-c-format",
    "--flag=g_dngettext:2:pass-c-format",
    "--flag=g_strdup_printf:1:c-format",
    "--flag=g_string_printf:2:c-format",
    "--flag=g_string_append_printf:2:c-format",
    "--flag=g_error_new:3:c-format",
    "--flag=g_set_error:4:c-format",
    "--flag=g_markup_printf_escaped:1:c-format",
    "--flag=g_log:3:c-format",
    "--flag=g_print:1:c-format",
    "--flag=g_printerr:1:c-format",
    "--flag=g_printf:1:c-format",
    "--flag=g_fprintf:2:c-format",
    "--flag=g_sprintf:2:c-format",
    "--flag=g_snprintf:3:c-format",
]

# What marks a file as having strings, by the end of its name.
C_MARK = re.compile(r"(?<![A-Za-z0-9_])(?:_|N_|C_|NC_|Q_|ngettext|g_dngettext|g_dpgettext2|g_dcgettext)\s*\(")
MARKS = [
    ((".c", ".h"), C_MARK),
    ((".ui",), re.compile(r'translatable="yes"')),
    ((".desktop.in",), re.compile(r"^(?:Name|GenericName|Comment|Keywords)=", re.M)),
    ((".metainfo.xml.in", ".appdata.xml.in"),
     re.compile(r"<(?:name|summary|p|li|caption|keyword|developer_name)[ >]")),
    ((".gschema.xml",), re.compile(r"<(?:summary|description)>")),
]

# Characters with a different form in the other script; each pair is
# simplified, then traditional. Only pairs where neither form is also right
# in the other script.
PAIRS = (
    "们們这這个個儿兒档檔录錄师師导導书書对對话話说說时時间間会會学學来來为為与與"
    "设設资資选選项項删刪编編辑輯帮幫亲親电電联聯访訪计計级級关關爱愛务務单單监監"
    "护護龄齡职職业業体體况況贫貧难難补補点點历曆动動讲講长長节節庆慶岁歲数數据據"
    "库庫备備页頁无無请請输輸确確认認错錯误誤开開启啟闭閉载載储儲显顯隐隱寻尋筛篩"
    "滤濾择擇别別码碼号號机機线線区區县縣镇鎮乡鄉组組织織员員负負责責签簽总總结結"
    "报報统統类類状狀态態进進视視图圖键鍵样樣浅淺随隨颜顏读讀写寫权權证證处處问問"
    "题題变變记記销銷须須当當还還该該满滿测測试試课課习習惯慣绩績邻鄰属屬爷爺妈媽"
    "传傳达達欢歡赛賽兴興闻聞网網络絡脑腦软軟盘盤转轉换換离離毕畢归歸宽寬细細详詳"
    "简簡从從经經给給让讓应應没沒过過吗嗎"
)
SIMPLIFIED = set(PAIRS[0::2])
TRADITIONAL = set(PAIRS[1::2])

# Mainland words, in traditional characters, that Taiwan's schools and
# software say otherwise; the Taiwan word follows.
MAINLAND_IN_TW = {
    "文件": "檔案", "打印": "列印", "信息": "資訊、訊息", "默認": "預設", "數據": "資料",
    "用戶": "使用者", "設置": "設定", "視圖": "檢視", "搜索": "搜尋", "菜單": "選單",
    "軟件": "軟體", "導出": "匯出", "導入": "匯入", "屏幕": "螢幕", "網絡": "網路",
    "鏈接": "連結", "創建": "建立", "添加": "新增", "加載": "載入", "保存": "儲存",
    "快捷鍵": "快速鍵", "聯繫": "聯絡", "班主任": "導師", "撤銷": "復原", "退出": "結束",
    "支持": "支援", "程序": "程式", "窗口": "視窗", "運行": "執行", "志願者": "志工",
    "花名冊": "名冊", "家長會": "親師座談會", "學困生": "學習落後", "潛能生": "具潛力",
    "結對": "認輔", "幫扶": "輔導、關懷", "談心": "晤談、談話", "務工": "工作",
    "身份證": "身分證", "示例": "範例", "概覽": "總覽",
}

MNEMONIC = re.compile(r"(?<![A-Za-z0-9_%-])_[A-Za-z]")


class Tap:
    def __init__(self):
        self.n = 0
        self.failed = 0

    def check(self, ok, name, details=()):
        self.n += 1
        if not ok:
            self.failed += 1
        print(f"{'ok' if ok else 'not ok'} {self.n} - {name}")
        details = list(details)
        for line in details[:40]:
            print(f"# {line}")
        if len(details) > 40:
            print(f"# … and {len(details) - 40} more")
        sys.stdout.flush()

    def done(self):
        print(f"1..{self.n}")
        return 1 if self.failed else 0


def run(cmd, **kwargs):
    return subprocess.run(cmd, capture_output=True, text=True, env=dict(os.environ, LC_ALL="C.UTF-8",
                                                                        LANGUAGE="C"), **kwargs)


def files_with_strings(srcdir):
    found = []
    for top in ("src", "resources", "data"):
        for dirpath, dirnames, filenames in os.walk(os.path.join(srcdir, top)):
            dirnames.sort()
            for name in sorted(filenames):
                for endings, mark in MARKS:
                    if name.endswith(endings):
                        path = os.path.join(dirpath, name)
                        with open(path, encoding="utf-8", errors="replace") as f:
                            if mark.search(f.read()):
                                found.append(os.path.relpath(path, srcdir))
                        break
    return found


def potfiles(srcdir):
    with open(os.path.join(srcdir, "po", "POTFILES.in"), encoding="utf-8") as f:
        return [line.strip() for line in f if line.strip() and not line.startswith("#")]


def parse_po(path):
    """The entries of a .po file as dicts: msgctxt, msgid, msgid_plural,
    msgstr (a list), flags, obsolete."""
    entries = []
    entry = {}
    key = None

    def flush():
        nonlocal entry
        if "msgid" in entry:
            entries.append(entry)
        entry = {}

    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            obsolete = line.startswith("#~")
            if obsolete:
                line = line[2:].lstrip()
            if not line.strip():
                flush()
                key = None
                continue
            if line.startswith("#,"):
                entry.setdefault("flags", set()).update(x.strip() for x in line[2:].split(","))
                continue
            if line.startswith("#"):
                continue
            m = re.match(r'^(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+(".*")$', line)
            if m:
                if m.group(1) == "msgctxt" or (m.group(1) == "msgid" and "msgid" in entry):
                    if "msgid" in entry:
                        flush()
                key = m.group(1)
                value = eval(m.group(3))  # a C string literal, as Python reads it
                if obsolete:
                    entry["obsolete"] = True
                if key.startswith("msgstr"):
                    entry.setdefault("msgstr", []).append(value)
                    key = ("msgstr", len(entry["msgstr"]) - 1)
                else:
                    entry[key] = value
            elif line.startswith('"') and key is not None:
                value = eval(line)
                if isinstance(key, tuple):
                    entry["msgstr"][key[1]] += value
                else:
                    entry[key] = entry.get(key, "") + value
    flush()
    return [e for e in entries if e.get("msgid") != "" or "msgctxt" in e]


def label(entry):
    ctx = f"[{entry['msgctxt']}] " if "msgctxt" in entry else ""
    return ctx + entry["msgid"].replace("\n", "\\n")[:100]


def check_languages(tap, srcdir, pot, tmp):
    for lang in LANGUAGES:
        po = os.path.join(srcdir, "po", f"{lang}.po")
        if not os.path.exists(po):
            tap.check(False, f"{lang}: po/{lang}.po exists")
            continue

        result = run(["msgfmt", "--check", "-o", os.devnull, po])
        tap.check(result.returncode == 0, f"{lang}: msgfmt --check po/{lang}.po",
                  result.stderr.splitlines())

        merged = os.path.join(tmp, f"{lang}.po")
        result = run(["msgmerge", "--quiet", "--previous", "-o", merged, po, pot])
        if result.returncode != 0:
            tap.check(False, f"{lang}: msgmerge with the sources", result.stderr.splitlines())
            continue
        result = run(["msgfmt", "--check", "-o", os.devnull, merged])
        tap.check(result.returncode == 0, f"{lang}: msgfmt --check, merged with the sources",
                  result.stderr.splitlines())

        entries = [e for e in parse_po(merged) if not e.get("obsolete")]
        untranslated = [label(e) for e in entries if not all(e.get("msgstr", [""]))]
        fuzzy = [label(e) for e in entries if "fuzzy" in e.get("flags", ())]
        tap.check(not untranslated, f"{lang}: every string of the sources is translated "
                  f"({len(entries) - len(untranslated)} of {len(entries)})",
                  [f"untranslated: {x}" for x in untranslated])
        tap.check(not fuzzy, f"{lang}: no fuzzy translation", [f"fuzzy: {x}" for x in fuzzy])

        lost = [label(e) for e in entries
                if MNEMONIC.search(e["msgid"]) and all(e.get("msgstr", [""]))
                and not all("_" in s for s in e["msgstr"])]
        tap.check(not lost, f"{lang}: translations keep the mnemonic underscore",
                  [f"no _ in the translation of: {x}" for x in lost])

        wrong = TRADITIONAL if lang == "zh_CN" else SIMPLIFIED
        script = "traditional" if lang == "zh_CN" else "simplified"
        mixed = []
        for e in entries:
            chars = sorted({c for s in e.get("msgstr", []) for c in s if c in wrong})
            if chars:
                mixed.append(f"{''.join(chars)} in: {label(e)}")
        tap.check(not mixed, f"{lang}: no {script} characters", mixed)

        if lang == "zh_TW":
            words = []
            for e in entries:
                text = "".join(e.get("msgstr", []))
                for word, taiwan in MAINLAND_IN_TW.items():
                    if word in text:
                        words.append(f"{word} (Taiwan: {taiwan}) in: {label(e)}")
            tap.check(not words, "zh_TW: Taiwan usage, not mainland words", words)


def check_data_files(tap, desktop, metainfo):
    if desktop:
        with open(desktop, encoding="utf-8") as f:
            text = f.read()
        wanted = {
            "zh_CN": ("Name", "GenericName", "Comment", "Keywords"),
            "zh_TW": ("Name", "GenericName", "Comment", "Keywords"),
        }
        missing = [f"{key}[{lang}]" for lang, keys in wanted.items() for key in keys
                   if not re.search(rf"^{key}\[{lang}\]=\S", text, re.M)]
        tap.check(not missing, "desktop file: Chinese name, comment and keywords", missing)
        # What a teacher types in GNOME's search.
        keywords = dict(re.findall(r"^Keywords\[(zh_\w+)\]=(.*)$", text, re.M))
        lacking = [f"{lang}: {word}" for lang, words in (("zh_CN", ("留守", "档案", "谈心")),
                                                          ("zh_TW", ("留守", "檔案")))
                   for word in words if word not in keywords.get(lang, "")]
        tap.check(not lacking, "desktop file: 留守, 档案 and 谈心 find it", lacking)
    if metainfo:
        with open(metainfo, encoding="utf-8") as f:
            text = f.read()
        missing = []
        for lang in LANGUAGES:
            for tag in ("name", "summary", "p", "li", "keyword", "caption"):
                if not re.search(rf'<{tag} xml:lang="{lang}">', text):
                    missing.append(f"<{tag} xml:lang=\"{lang}\">")
        tap.check(not missing, "metainfo: name, summary, description, keywords and captions in Chinese",
                  missing)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--srcdir", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    parser.add_argument("--desktop", help="a merged desktop file to check (by default merged from the sources)")
    parser.add_argument("--metainfo", help="a merged metainfo file to check (by default merged from the sources)")
    args = parser.parse_args()
    srcdir = os.path.abspath(args.srcdir)
    tap = Tap()

    listed = potfiles(srcdir)
    found = files_with_strings(srcdir)
    unlisted = [f for f in found if f not in listed]
    gone = [f for f in listed if not os.path.exists(os.path.join(srcdir, f))]
    tap.check(not unlisted, "po/POTFILES.in lists every file with strings",
              [f"not in POTFILES.in: {f}" for f in unlisted])
    tap.check(not gone, "po/POTFILES.in names only files that exist", [f"missing: {f}" for f in gone])

    with tempfile.TemporaryDirectory(prefix="haven-po-") as tmp:
        # The unlisted files too: their strings must be translated as well.
        sources = os.path.join(tmp, "POTFILES")
        with open(sources, "w", encoding="utf-8") as f:
            f.write("\n".join([x for x in listed if x not in gone] + unlisted) + "\n")
        pot = os.path.join(tmp, "haven.pot")
        result = run(["xgettext", "--package-name=haven", f"--directory={srcdir}", f"--files-from={sources}",
                      f"--output={pot}"] + XGETTEXT_ARGS)
        tap.check(result.returncode == 0 and os.path.exists(pot), "xgettext reads every source",
                  result.stderr.splitlines())
        if os.path.exists(pot):
            check_languages(tap, srcdir, pot, tmp)

        # Merged here from the sources, as meson's i18n.merge_file() does:
        # its outputs in the build directory do not follow the .po files.
        desktop, metainfo = args.desktop, args.metainfo
        for kind, template, name in (("--desktop", DESKTOP_IN, "desktop"), ("--xml", METAINFO_IN, "metainfo")):
            if (desktop if name == "desktop" else metainfo):
                continue
            merged = os.path.join(tmp, os.path.basename(template)[:-3])
            result = run(["msgfmt", kind, f"--template={os.path.join(srcdir, template)}",
                          f"-d{os.path.join(srcdir, 'po')}", f"--output-file={merged}"])
            tap.check(result.returncode == 0, f"msgfmt {kind} merges {template}", result.stderr.splitlines())
            if name == "desktop":
                desktop = merged
            else:
                metainfo = merged
        check_data_files(tap, desktop, metainfo)
    return tap.done()


if __name__ == "__main__":
    sys.exit(main())
