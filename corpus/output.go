package corpus

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// AtomicFile is an output file that appears under its name only when
// complete: it is written to a temporary file in the target directory and
// renamed over the target by Commit. Until then, an existing file under
// the target name is untouched.
//
// A target that exists and is not a regular file (/dev/null, /dev/stdout,
// a named pipe) is written directly: renaming over it would replace the
// device or pipe with a file.
type AtomicFile struct {
	*os.File
	path   string
	done   bool
	direct bool // writing to a device or pipe, not a temporary file
}

// Direct reports whether the target is a device or pipe written in place,
// where nothing can be kept for a later run.
func (a *AtomicFile) Direct() bool { return a.direct }

// CreateAtomic starts writing the file path.
func CreateAtomic(path string) (*AtomicFile, error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	if info, err := os.Stat(dir); err != nil {
		return nil, fmt.Errorf("%s: output directory: %w", path, unwrapPath(err))
	} else if !info.IsDir() {
		return nil, fmt.Errorf("%s: output directory %s is not a directory", path, dir)
	}
	if info, err := os.Stat(path); err == nil && !info.Mode().IsRegular() && !info.IsDir() {
		f, err := os.OpenFile(path, os.O_WRONLY, 0)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, unwrapPath(err))
		}
		return &AtomicFile{File: f, path: path, direct: true}, nil
	}
	f, err := os.CreateTemp(dir, "."+base+".tmp-*")
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, unwrapPath(err))
	}
	return &AtomicFile{File: f, path: path}, nil
}

// Write writes to the temporary file; errors name the target file.
func (a *AtomicFile) Write(p []byte) (int, error) {
	n, err := a.File.Write(p)
	if err != nil {
		err = fmt.Errorf("%s: %w", a.path, unwrapPath(err))
	}
	return n, err
}

// Commit flushes the file to disk and renames it to its final name.
func (a *AtomicFile) Commit() error { return a.finish(a.path, true) }

// KeepAs flushes the file and renames it to path instead of its final
// name: what an interrupted run keeps for a later one to continue.
func (a *AtomicFile) KeepAs(path string) error { return a.finish(path, false) }

// finish syncs, closes and renames the temporary file to target; public
// gives it the usual file mode (CreateTemp makes files private).
func (a *AtomicFile) finish(target string, public bool) error {
	if a.done {
		return errors.New(a.path + ": already closed")
	}
	a.done = true
	if a.direct {
		if err := a.File.Close(); err != nil {
			return fmt.Errorf("%s: %w", a.path, unwrapPath(err))
		}
		if !public {
			return errors.New(a.path + ": written in place, nothing kept")
		}
		return nil
	}
	tmp := a.File.Name()
	err := a.File.Sync()
	if cerr := a.File.Close(); err == nil {
		err = cerr
	}
	if err == nil && public {
		err = os.Chmod(tmp, 0o644)
	}
	if err == nil {
		err = os.Rename(tmp, target)
	}
	if err != nil {
		os.Remove(tmp)
		return fmt.Errorf("%s: %w", target, unwrapPath(err))
	}
	return nil
}

// Abort removes the temporary file; the target is left as it was. It is
// safe to call after Commit.
func (a *AtomicFile) Abort() {
	if a.done {
		return
	}
	a.done = true
	a.File.Close()
	if !a.direct {
		os.Remove(a.File.Name())
	}
}

func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}
