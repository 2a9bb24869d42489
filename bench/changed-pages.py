#!/usr/bin/env python3
"""What a rebuild changed in a paper site, and why: run on demand, not in CI.

    bench/changed-pages.py BEFORE AFTER

BEFORE and AFTER are two builds of the same paper site (the folders holding index.html), say one copied aside
(`cp -al`) before a new digest was added and the rebuild after it. Prints the files changed or added by folder,
then, for the paper pages that were there before, which part of the page changed (related papers, tags, hubs,
digests, pager, head) and how: a related-papers list that changed only because a new paper took a place in it
(inherent: the new paper is nearer) or because older papers came, went or moved (what holding words' rarity
still between steps of the archive avoids); a tag list that gained, lost or swapped tags, or only changed order.
Pages are compared by the sections the theme marks; a theme that renames them makes this count nothing.
"""
import collections
import os
import re
import sys

SECTIONS = {
    "related": r'<section class="related".*?</section>',
    "tags": r'<ul class="tag-list".*?</ul>',
    "hubs": r'<section aria-labelledby="hubs-heading">.*?</section>',
    "digests": r'<section aria-labelledby="digests-heading">.*?</section>',
    "pager": r'<nav class="pager".*?</nav>',
    "head": r"<head>.*?</head>",
}


def files(root):
    found = {}
    for folder, _, names in os.walk(root):
        for name in names:
            path = os.path.join(folder, name)
            found[os.path.relpath(path, root)] = path
    return found


def same_bytes(a, b):
    if os.path.getsize(a) != os.path.getsize(b):
        return False
    with open(a, "rb") as fa, open(b, "rb") as fb:
        return fa.read() == fb.read()


def section(text, name):
    m = re.search(SECTIONS[name], text, re.S)
    return m.group(0) if m else None


def related(text):
    part = section(text, "related") or ""
    return re.findall(r'<li><a href="([^"]+)"', part)


def tags(text):
    part = section(text, "tags") or ""
    return re.findall(r'href="\.\./tag/([^"]+)\.html"', part)


def related_change(before, after, new_pages):
    if before == after:
        return None
    olds = [p for p in after if p not in new_pages]
    if len(olds) < len(after):
        return "a new paper took a place" if olds == before[: len(olds)] else "a new paper came, older ones moved"
    return "the same papers in another order" if set(before) == set(after) else "other older papers"


def tag_change(before, after):
    if before == after:
        return None
    if set(before) == set(after):
        return "reordered"
    if set(before) < set(after):
        return "gained"
    return "lost" if set(after) < set(before) else "swapped"


def main(before_root, after_root):
    before, after = files(before_root), files(after_root)
    changed = [p for p in after if p not in before or not same_bytes(before[p], after[p])]
    removed = [p for p in before if p not in after]
    by_folder = collections.Counter(p.split(os.sep)[0] if os.sep in p else "(top)" for p in changed)
    print(f"{len(changed)} of {len(after)} files changed or added, {len(removed)} removed")
    for folder, n in by_folder.most_common():
        print(f"  {folder}: {n}")
    new_pages = {os.path.basename(p) for p in after if p.startswith("paper" + os.sep) and p not in before}
    parts, how_related, how_tags = collections.Counter(), collections.Counter(), collections.Counter()
    older = [p for p in changed if p.startswith("paper" + os.sep) and p.endswith(".html") and p in before]
    for p in older:
        with open(before[p], encoding="utf-8") as f:
            a = f.read()
        with open(after[p], encoding="utf-8") as f:
            b = f.read()
        for name in SECTIONS:
            if section(a, name) != section(b, name):
                parts[name] += 1
        r = related_change(related(a), related(b), new_pages)
        if r:
            how_related[r] += 1
        t = tag_change(tags(a), tags(b))
        if t:
            how_tags[t] += 1
    print(f"{len(older)} older paper pages changed ({len(new_pages)} new); parts changed: "
          + ", ".join(f"{k} {v}" for k, v in parts.most_common()))
    print("  related papers: " + (", ".join(f"{k} {v}" for k, v in how_related.most_common()) or "none"))
    print("  tags: " + (", ".join(f"{k} {v}" for k, v in how_tags.most_common()) or "none"))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
