package main

import (
	"io"
	"os"
	"strconv"
	"time"

	"github.com/satzwerk/satz/corpus"
)

// output opens the data output: the file path (written atomically) or,
// for "" or "-", standard output. commit makes the file appear; abort
// leaves any existing file untouched.
func output(path string, stdout io.Writer) (w io.Writer, commit func() error, abort func(), err error) {
	if path == "" || path == "-" {
		return stdout, func() error { return nil }, func() {}, nil
	}
	f, err := corpus.CreateAtomic(path)
	if err != nil {
		return nil, nil, nil, err
	}
	return f, f.Commit, f.Abort, nil
}

// creationDate is the date written into TMX headers: --date, else
// SOURCE_DATE_EPOCH (the reproducible-builds convention), else now.
func creationDate(flag string) (time.Time, error) {
	if flag != "" {
		for _, layout := range []string{"20060102T150405Z", time.RFC3339, "2006-01-02"} {
			if t, err := time.Parse(layout, flag); err == nil {
				return t.UTC(), nil
			}
		}
		return time.Time{}, usageErrorf("--date %q: want YYYYMMDDThhmmssZ, RFC 3339 or YYYY-MM-DD", flag)
	}
	if epoch := os.Getenv("SOURCE_DATE_EPOCH"); epoch != "" {
		sec, err := strconv.ParseInt(epoch, 10, 64)
		if err != nil {
			return time.Time{}, usageErrorf("SOURCE_DATE_EPOCH %q: not a number of seconds", epoch)
		}
		return time.Unix(sec, 0).UTC(), nil
	}
	return time.Now().UTC(), nil
}
