package segment

// The repo-wide -update flag (go test ./... -update) must be known to every
// test binary, or the run fails on packages that do not use it.
import _ "github.com/satzwerk/satz/internal/golden"
