package cn.xuchang.directory.caching;

/**
 * 门卫 (doorkeeper): which questions were asked recently, by hash, in a fixed table with one hash a slot. It forgets
 * (a later question that falls in the same slot takes it) and may, rarely, take two questions of the same hash for one:
 * what it answers only decides whether an answer is worth keeping, never what the answer is. Races between threads
 * lose a sighting at worst.
 */
final class SeenOnce {

    private final int[] hashes;
    private final boolean[] used;
    /** How far the mixed hash is shifted right to keep its top bits, as many as index the table. */
    private final int shift;

    /** A table of at least {@code slots} slots (a power of two). */
    SeenOnce(int slots) {
        int size = Integer.highestOneBit(Math.max(16, slots - 1) << 1);
        this.hashes = new int[size];
        this.used = new boolean[size];
        this.shift = Integer.numberOfLeadingZeros(size) + 1;
    }

    /** Whether a question of this hash was seen since its slot was last taken; it is remembered from now on. */
    boolean again(int hash) {
        int slot = (hash * 0x9E3779B9) >>> shift; // Fibonacci hashing: the product's top bits mix all of the hash's
        if (used[slot] && hashes[slot] == hash) {
            return true;
        }
        hashes[slot] = hash;
        used[slot] = true;
        return false;
    }
}
