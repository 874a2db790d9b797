package segment

// u64Table is an open-addressing hash table from uint64 keys to uint64
// values, reused across calls: per-document word statistics without maps
// or allocations on the hot path. The keys are hashes (hashString, mix64):
// their bits are taken as they are, not mixed again.
type u64Table struct {
	keys []uint64
	vals []uint64
	mask uint64
}

// reset empties the table and sizes it for n keys.
func (t *u64Table) reset(n int) {
	size := 64
	for size < 2*n {
		size <<= 1
	}
	if cap(t.keys) >= size {
		t.keys, t.vals = t.keys[:size], t.vals[:size]
		clear(t.keys)
		clear(t.vals)
	} else {
		t.keys, t.vals = make([]uint64, size), make([]uint64, size)
	}
	t.mask = uint64(size - 1)
}

// slot returns the value cell of key k, inserting k with value 0 when it is
// new (found reports which). The table must have room: reset sizes it.
func (t *u64Table) slot(k uint64) (v *uint64, found bool) {
	k |= 1
	i := k >> 32 & t.mask // the keys are hashes already
	for {
		switch t.keys[i] {
		case k:
			return &t.vals[i], true
		case 0:
			t.keys[i] = k
			return &t.vals[i], false
		}
		i = (i + 1) & t.mask
	}
}

// get returns the value of key k and whether it is present.
func (t *u64Table) get(k uint64) (uint64, bool) {
	k |= 1
	i := k >> 32 & t.mask
	for {
		switch t.keys[i] {
		case k:
			return t.vals[i], true
		case 0:
			return 0, false
		}
		i = (i + 1) & t.mask
	}
}
