#!/usr/bin/env python3
"""Events gold set: picks sentences from real news (sample) and turns the hand annotations into JSONL (build).

It never decides what an event is: `sample` only chooses sentences (seeded, documented in README.md) and
writes their S lines; the E lines under each S line are written by hand. `build` checks every sentence
against its source at the recorded offsets and splits by a seeded hash of the document.
Usage (from the repository root):
    python3 tests/gold/events/tools/build_gold.py sample  [--data /path/to/shared/data] > candidates.txt
    python3 tests/gold/events/tools/build_gold.py sample2 [--data /path/to/shared/data] > candidates2.txt
    python3 tests/gold/events/tools/build_gold.py sample3 [--data /path/to/shared/data] > candidates3.txt
    python3 tests/gold/events/tools/build_gold.py sample4 [--data /path/to/shared/data] [--exclude FILE] > candidates4.txt
    python3 tests/gold/events/tools/build_gold.py build   [--data /path/to/shared/data]
`sample2` draws the second tuning split (annotations-dev2.txt → dev2.jsonl, all dev) from documents that
annotations.txt does not use, so dev2 shares no article with dev or test; `sample3` draws the third
(annotations-dev3.txt → dev3.jsonl) from documents that neither annotations.txt nor annotations-dev2.txt uses.
`sample4` draws the second held-out test split (annotations-test2.txt → test2.jsonl) from documents that no
other annotation file uses.
"""
import hashlib, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.dirname(HERE)
SEED = 'dossier-events-gold-1'
SEED2 = 'dossier-events-gold-2'
SEED3 = 'dossier-events-gold-3'
SEED4 = 'dossier-events-gold-4'
# The annotation files whose documents sample4 leaves out (those present): fixed, so that later splits do not
# change its draw.
USED4 = ('annotations.txt', 'annotations-dev2.txt', 'annotations-dev3.txt')
PLOVER = {}  # (type, mode) -> CAMEO code, read from lexicon/events/plover.tsv when first needed
TOPICS = ['middle_east', 'terrorism', 'world', 'russia', 'isis', 'israel', 'palestine', 'north_korea',
          'africa', 'asia', 'europe', 'china', 'great_britain', 'mexico', 'foreign_policy', 'state_department']
TYPES = {'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT',
         'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'}
MODALITIES = {'asserted', 'reported', 'alleged', 'denied', 'planned', 'hypothetical', 'conditional'}
SENT_END = re.compile(r'(?:(?<=[.!?])|(?<=[.!?][”"’)]))\s+(?=[“"‘(]?[A-Z0-9])')
ABBREV = re.compile(r'(?:\b(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sgt|Gov|Sen|Rep|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec|No|U\.S|U\.N|U\.K|Jr|Sr|Inc|Co|Corp|vs|Prof|Capt|Maj|Adm|Rev)|\b[A-Z])\.$')


def data_dir():
    if '--data' in sys.argv:
        return sys.argv[sys.argv.index('--data') + 1]
    # ../shared/data beside the repository; a checkout in a nested worktree folder finds it further up.
    folder = os.path.normpath(os.path.join(GOLD, '..', '..', '..'))
    while True:
        parent = os.path.dirname(folder)
        candidate = os.path.join(parent, 'shared', 'data')
        if os.path.isdir(candidate) or parent == folder:
            return candidate
        folder = parent


def sentences(text, base):
    """(start, end) of sentences in one paragraph: split after . ! ? unless an abbreviation ends there."""
    out, start = [], 0
    for m in SENT_END.finditer(text):
        if ABBREV.search(text[start:m.start()]):
            continue
        out.append((base + start, base + m.start()))
        start = m.end()
    out.append((base + start, base + len(text.rstrip())))
    return out


def paragraphs(text):
    pos = 0
    for block in text.split('\n\n'):
        yield pos, block
        pos += len(block) + 2


def metadata(data):
    meta = {}
    with open(os.path.join(data, 'news', 'allsides-world-politics', 'metadata.tsv'), encoding='utf-8') as f:
        next(f)
        for line in f:
            c = line.rstrip('\n').split('\t')
            meta[c[0]] = c[3] if re.fullmatch(r'\d{4}-\d\d-\d\d', c[3]) else ''
    return meta


def print_article_sentences(data, meta, picked):
    """Prints the first `count` body sentences (6-55 words, one line) of each picked (path, count) article;
    a sentence repeated in the same article (photo captions) is taken once."""
    seen = set()
    for path, count in picked:
        text = open(os.path.join(data, 'news', path), encoding='utf-8').read()
        doc_id = os.path.splitext(os.path.basename(path))[0]
        date = meta.get(doc_id, '') if path.startswith('allsides') else ''
        taken = 0
        for base, para in list(paragraphs(text))[1:]:  # skip the headline
            for s, e in sentences(para, base):
                words = len(text[s:e].split())
                if taken >= count or words < 6 or words > 55 or '\n' in text[s:e] or text[s:e] in seen:
                    continue
                seen.add(text[s:e])
                print(f'S|news/{path}|{s}|{e}|{date}|{text[s:e]}')
                taken += 1


def sample(data):
    """Seeded choice: 38 allsides articles (conflict/politics topics, first 6 body sentences), 5 BBC politics (5),
    30 AG News world items (first sentence of the description), GUM dev news documents (10 each)."""
    rng = random.Random(SEED)
    meta = metadata(data)
    root = os.path.join(data, 'news', 'allsides-world-politics')
    files = sorted(f'{t}/{n}' for t in TOPICS for n in os.listdir(os.path.join(root, t)))
    picked = [('allsides-world-politics/' + f, 6) for f in rng.sample(files, 38)]
    bbc = sorted(os.listdir(os.path.join(data, 'news', 'bbc', 'politics')))
    picked += [('bbc/politics/' + f, 5) for f in rng.sample(bbc, 5)]
    print_article_sentences(data, meta, picked)
    rows = open(os.path.join(data, 'news', 'agnews-world', 'agnews-world.tsv'), encoding='utf-8').read().split('\n')[1:]
    rows = [r.split('\t') for r in rows if r.count('\t') == 2]
    for row_id, _, desc in rng.sample(rows, 30):
        s, e = sentences(desc, 0)[0]
        if len(desc[s:e].split()) >= 6:
            print(f'S|news/agnews-world/agnews-world.tsv#{row_id}|{s}|{e}||{desc[s:e]}')
    # GUM dev news (GUM train is in the tagger's training data, dev is not): first 10 sentences of 6+ words.
    taken, doc = {}, None
    for line in open(os.path.join(data, 'ud-gum', 'en_gum-ud-dev.conllu'), encoding='utf-8'):
        if line.startswith('# sent_id = '):
            sent_id = line[len('# sent_id = '):].strip()
        elif line.startswith('# text = ') and sent_id.startswith('GUM_news_'):
            text = line[len('# text = '):].rstrip('\n')
            doc = sent_id.rsplit('-', 1)[0]
            if len(text.split()) >= 6 and taken.get(doc, 0) < 10:
                taken[doc] = taken.get(doc, 0) + 1
                print(f'S|ud-gum/en_gum-ud-dev.conllu#{sent_id}|0|{len(text)}||{text}')


def used_documents(names=('annotations.txt',)):
    """Documents (article files, AG News rows) that the named annotation files already use: a new split must
    not share them."""
    used = set()
    for name in names:
        for line in open(os.path.join(GOLD, name), encoding='utf-8'):
            if line.startswith('S|'):
                used.add(line.split('|')[1])
    return used


def source_text(data, source):
    """The text a source names: a news file, an AG News row's description, or a GUM sentence."""
    path, _, key = source.partition('#')
    full = os.path.join(data, path)
    if path.endswith('.tsv'):
        for line in open(full, encoding='utf-8'):
            c = line.rstrip('\n').split('\t')
            if c[0] == key:
                return c[2]
        raise KeyError(source)
    if path.endswith('.conllu'):
        current = None
        for line in open(full, encoding='utf-8'):
            if line.startswith('# sent_id = '):
                current = line[len('# sent_id = '):].strip()
            elif line.startswith('# text = ') and current == key:
                return line[len('# text = '):].rstrip('\n')
        raise KeyError(source)
    return open(full, encoding='utf-8').read()


def split_of(source):
    """dev or test, by a seeded hash of the document: the article file, the AG News row, the GUM document."""
    path, _, key = source.partition('#')
    doc = path if not key else (source if path.endswith('.tsv') else path + '#' + key.rsplit('-', 1)[0])
    digest = hashlib.sha256((SEED + doc).encode('utf-8')).digest()
    return 'dev' if digest[0] % 2 == 0 else 'test'


def build(data):
    out = {'dev': [], 'test': [], 'dev2': [], 'dev3': [], 'test2': []}
    read_annotations(data, 'annotations.txt', 's', split_of, out)
    # dev2 and dev3 are tuning data only: every sentence goes to its split, whatever its hash.
    read_annotations(data, 'annotations-dev2.txt', 'd', lambda source: 'dev2', out)
    read_annotations(data, 'annotations-dev3.txt', 'c', lambda source: 'dev3', out)
    # test2 is held out: a second test split, never used for tuning.
    read_annotations(data, 'annotations-test2.txt', 't2-', lambda source: 'test2', out)
    check_held_out('annotations-test2.txt')
    for split, items in out.items():
        with open(os.path.join(GOLD, f'{split}.jsonl'), 'w', encoding='utf-8', newline='\n') as w:
            for item in items:
                w.write(json.dumps(item, ensure_ascii=False) + '\n')
        print(f'{split}: {len(items)} sentences, {sum(len(i["events"]) for i in items)} events', file=sys.stderr)


def read_annotations(data, name, prefix, split, out):
    """Checks one annotation file against the sources and appends its sentences to their splits."""
    current = None
    ann = os.path.join(GOLD, name)
    if not os.path.exists(ann):
        return
    for n, line in enumerate(open(ann, encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('#'):
            continue
        f = line.split('|')
        where = f'{name}:{n}'
        if f[0] == 'S':
            source, start, end, date, text = f[1], int(f[2]), int(f[3]), f[4], '|'.join(f[5:])
            full = source_text(data, source)
            if full[start:end] != text:
                die(where, 'sentence text differs from its source at the recorded offsets')
            current = {'id': f'{prefix}{n}', 'source': source, 'start': start, 'end': end, 'date': date or None,
                       'text': text, 'events': []}
            out[split(source)].append(current)
        elif f[0] == 'E':
            if len(f) != 10:
                die(where, f'expected 10 fields, got {len(f)}')
            _, etype, mode, cameo, src, tgt, loc, neg, modality, trigger = f
            if etype not in TYPES: die(where, f'unknown type {etype}')
            if mode and plover_code(etype, mode) != cameo:
                die(where, f'{etype}/{mode}/{cameo} is not a row of lexicon/events/plover.tsv')
            if modality not in MODALITIES: die(where, f'unknown modality {modality}')
            if neg not in ('0', '1'): die(where, 'negated must be 0 or 1')
            for phrase in (src, tgt, loc, trigger):
                if phrase and phrase not in current['text']:
                    die(where, f'"{phrase}" is not in the sentence')
            current['events'].append({'type': etype, 'mode': mode or None, 'cameo': cameo or None,
                                      'source': src or None, 'target': tgt or None, 'location': loc or None,
                                      'negated': neg == '1', 'modality': modality, 'trigger': trigger or None})
        else:
            die(where, f'unknown record {f[0]}')


def plover_code(etype, mode):
    """The CAMEO code lexicon/events/plover.tsv gives a PLOVER type and mode (None when it has no such row)."""
    if not PLOVER:
        path = os.path.join(GOLD, '..', '..', '..', 'lexicon', 'events', 'plover.tsv')
        for line in open(path, encoding='utf-8'):
            if not line.startswith('#') and line.strip():
                c = line.rstrip('\n').split('\t')
                PLOVER[(c[0], c[1])] = c[2]
    return PLOVER.get((etype, mode))


def die(where, message):
    sys.exit(f'{where}: {message}')


def documents_of(paths):
    """Documents (article files, AG News rows) that the given annotation files use."""
    used = set()
    for path in paths:
        for line in open(path, encoding='utf-8'):
            if line.startswith('S|'):
                used.add(line.split('|')[1])
    return used


def check_held_out(name):
    """A held-out split shares no document (article, AG News row) with any other annotation file."""
    path = os.path.join(GOLD, name)
    if not os.path.exists(path):
        return
    others = [os.path.join(GOLD, n) for n in sorted(os.listdir(GOLD))
              if re.fullmatch(r'annotations.*\.txt', n) and n != name]
    shared = documents_of([path]) & documents_of(others)
    if shared:
        die(name, f'shares documents with another split: {", ".join(sorted(shared))}')


def draw_split(data, seed, used, allsides, bbc_count, agnews):
    """Seeded choice of a later split (dev2, dev3, test2): `allsides` articles of the topics (first 4 body
    sentences), `bbc_count` BBC politics articles (4 each) and `agnews` AG News world items (first sentence),
    none of them in `used`. The draws run in this order, so a split's sentences depend only on its seed and `used`."""
    rng = random.Random(seed)
    meta = metadata(data)
    root = os.path.join(data, 'news', 'allsides-world-politics')
    files = sorted(f'{t}/{n}' for t in TOPICS for n in os.listdir(os.path.join(root, t))
                   if f'news/allsides-world-politics/{t}/{n}' not in used)
    picked = [('allsides-world-politics/' + f, 4) for f in rng.sample(files, allsides)]
    bbc = sorted(f for f in os.listdir(os.path.join(data, 'news', 'bbc', 'politics')) if f'news/bbc/politics/{f}' not in used)
    picked += [('bbc/politics/' + f, 4) for f in rng.sample(bbc, bbc_count)]
    print_article_sentences(data, meta, picked)
    rows = open(os.path.join(data, 'news', 'agnews-world', 'agnews-world.tsv'), encoding='utf-8').read().split('\n')[1:]
    rows = [r.split('\t') for r in rows if r.count('\t') == 2]
    rows = [r for r in rows if f'news/agnews-world/agnews-world.tsv#{r[0]}' not in used]
    for row_id, _, desc in rng.sample(rows, agnews):
        s, e = sentences(desc, 0)[0]
        if len(desc[s:e].split()) >= 6:
            print(f'S|news/agnews-world/agnews-world.tsv#{row_id}|{s}|{e}||{desc[s:e]}')


def sample2(data):
    """dev2: 26 allsides articles, 2 BBC politics, 24 AG News items, none of them used by annotations.txt."""
    draw_split(data, SEED2, used_documents(), 26, 2, 24)


def sample3(data):
    """dev3: 30 allsides articles, 3 BBC politics, 20 AG News items, none used by annotations.txt or annotations-dev2.txt."""
    draw_split(data, SEED3, used_documents(('annotations.txt', 'annotations-dev2.txt')), 30, 3, 20)


def sample4(data):
    """test2 (held out): 28 allsides articles, 2 BBC politics, 24 AG News items, none used by the USED4 files
    beside this one or by an `--exclude FILE` (annotations-dev3.txt, drawn on another branch at the same time,
    was excluded that way when test2 was drawn; beside this file it gives the same draw)."""
    names = [os.path.join(GOLD, n) for n in USED4 if os.path.exists(os.path.join(GOLD, n))]
    extra = [sys.argv[i + 1] for i, a in enumerate(sys.argv) if a == '--exclude']
    draw_split(data, SEED4, documents_of(names + extra), 28, 2, 24)


if __name__ == '__main__':
    {'sample': sample, 'sample2': sample2, 'sample3': sample3, 'sample4': sample4, 'build': build}[sys.argv[1]](data_dir())
