package corpus

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"iter"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// Pair is a German document and its English counterpart.
type Pair struct {
	// ID names the pair in the output: the German document's ID.
	ID     string
	DE, EN Source
}

// Pairs pairs the German and English inputs of an alignment run: two
// files, or two directories whose files are paired by base name
// ("foo.txt" with "foo.txt", or "foo.de.txt" with "foo.en.txt"). A file on
// one side only is yielded with an error naming it, and iteration goes on.
// One side may be "-": opt.Stdin, paired with the file on the other side.
func Pairs(de, en string, opt SourceOptions) (iter.Seq2[Pair, error], error) {
	if de == "-" || en == "-" {
		return stdinPair(de, en, opt.Stdin)
	}
	deInfo, err := os.Stat(de)
	if err != nil {
		return nil, pathError(de, err)
	}
	enInfo, err := os.Stat(en)
	if err != nil {
		return nil, pathError(en, err)
	}
	switch {
	case !deInfo.IsDir() && !enInfo.IsDir():
		id := docName(pairKey(filepath.Base(de), "de"))
		return func(yield func(Pair, error) bool) {
			yield(Pair{ID: id, DE: Source{Path: de, ID: id}, EN: Source{Path: en, ID: id}}, nil)
		}, nil
	case deInfo.IsDir() != enInfo.IsDir():
		return nil, fmt.Errorf("%s and %s: give two files or two directories", de, en)
	}
	globs := opt.Globs
	if globs == nil {
		globs = DefaultGlobs
	}
	deFiles, err := listFiles(de, globs)
	if err != nil {
		return nil, err
	}
	enFiles, err := listFiles(en, globs)
	if err != nil {
		return nil, err
	}
	enByKey := map[string]string{}
	for _, f := range enFiles {
		enByKey[pairKey(f, "en")] = f
	}
	used := map[string]bool{}
	var pairs []Pair
	var unpaired []string
	ids := newIDSet()
	for _, f := range deFiles {
		key := pairKey(f, "de")
		e, ok := enByKey[key]
		if !ok {
			unpaired = append(unpaired, filepath.Join(de, f)+": no English counterpart in "+en)
			continue
		}
		used[key] = true
		id := ids.unique(strings.TrimSuffix(key, filepath.Ext(key)))
		pairs = append(pairs, Pair{ID: id,
			DE: Source{Path: filepath.Join(de, f), ID: id},
			EN: Source{Path: filepath.Join(en, e), ID: id}})
	}
	for _, f := range enFiles {
		if !used[pairKey(f, "en")] {
			unpaired = append(unpaired, filepath.Join(en, f)+": no German counterpart in "+de)
		}
	}
	if len(pairs) == 0 {
		msg := fmt.Sprintf("%s and %s: no files pair up by name", de, en)
		if len(unpaired) > 0 {
			msg += " (e.g. " + unpaired[0] + ")"
		}
		return nil, errors.New(msg)
	}
	return func(yield func(Pair, error) bool) {
		for _, p := range pairs {
			if !yield(p, nil) {
				return
			}
		}
		for _, u := range unpaired {
			if !yield(Pair{}, errors.New(u)) {
				return
			}
		}
	}, nil
}

// stdinPair pairs standard input with a file.
func stdinPair(de, en string, stdin io.Reader) (iter.Seq2[Pair, error], error) {
	file := de
	if de == "-" {
		file = en
	}
	switch {
	case file == "-":
		return nil, errors.New("-: standard input can be only one side")
	case stdin == nil:
		return nil, errors.New("-: no standard input")
	}
	if info, err := os.Stat(file); err != nil {
		return nil, pathError(file, err)
	} else if info.IsDir() {
		return nil, fmt.Errorf("%s and -: give a file, not a directory, with standard input", file)
	}
	id := docName(pairKey(filepath.Base(de), "de"))
	p := Pair{ID: id, DE: Source{Path: de, ID: id}, EN: Source{Path: en, ID: id}}
	if de == "-" {
		p.DE.stdin = stdin
	} else {
		p.EN.stdin = stdin
	}
	return func(yield func(Pair, error) bool) { yield(p, nil) }, nil
}

// pairKey is the name a file is paired by: its path below the directory
// with a ".de"/".en" language part removed ("a/foo.de.txt" → "a/foo.txt").
func pairKey(rel, lang string) string {
	ext := filepath.Ext(rel)
	stem := strings.TrimSuffix(rel, ext)
	for _, suffix := range []string{"." + lang, "_" + lang, "-" + lang} {
		if s, ok := strings.CutSuffix(stem, suffix); ok {
			return s + ext
		}
	}
	return rel
}

// listFiles lists the files below dir matching globs, as paths relative to
// dir, in lexical order.
func listFiles(dir string, globs []string) ([]string, error) {
	var files []string
	var first error
	err := walkFiles(dir, globs, func(path string, err error) bool {
		if err != nil {
			first = err
			return false
		}
		rel, err := filepath.Rel(dir, path)
		if err != nil {
			first = err
			return false
		}
		files = append(files, rel)
		return true
	})
	if first != nil {
		return nil, first
	}
	slices.Sort(files)
	return files, err
}

// PairsFromManifest reads a two-column TSV manifest (German path, English
// path; "#" starts a comment) and yields its pairs. Relative paths are
// taken from the manifest's directory.
func PairsFromManifest(r io.Reader, name string) iter.Seq2[Pair, error] {
	base := filepath.Dir(name)
	return func(yield func(Pair, error) bool) {
		br := bufio.NewReader(r)
		ids := newIDSet()
		for n := 1; ; n++ {
			line, err := br.ReadString('\n')
			if line = strings.TrimRight(line, "\r\n"); strings.TrimSpace(line) != "" && !strings.HasPrefix(line, "#") {
				de, en, ok := strings.Cut(line, "\t")
				if !ok || strings.TrimSpace(de) == "" || strings.TrimSpace(en) == "" {
					if !yield(Pair{}, fmt.Errorf("%s:%d: want two tab-separated paths", name, n)) {
						return
					}
				} else {
					de, en = rel(base, strings.TrimSpace(de)), rel(base, strings.TrimSpace(en))
					id := ids.unique(docName(de))
					if !yield(Pair{ID: id, DE: Source{Path: de, ID: id}, EN: Source{Path: en, ID: id}}, nil) {
						return
					}
				}
			}
			if err != nil {
				if !errors.Is(err, io.EOF) {
					yield(Pair{}, fmt.Errorf("%s: %w", name, err))
				}
				return
			}
		}
	}
}

func rel(base, path string) string {
	if filepath.IsAbs(path) {
		return path
	}
	return filepath.Join(base, path)
}
