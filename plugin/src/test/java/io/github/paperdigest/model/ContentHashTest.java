package io.github.paperdigest.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.google.common.hash.Hashing;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ContentHashTest {

    /** Guava's MurmurHash3 x64 128, a long-used implementation of the same published function, is the reference. */
    private static String reference(byte[] bytes) {
        return Hashing.murmur3_128().hashBytes(bytes).toString();
    }

    private static byte[] randomBytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    @Test
    void everyLengthAroundTheBlockSizeHashesAsTheReferenceDoes() {
        Random random = new Random(1);
        for (int length = 0; length <= 100; length++) {
            byte[] bytes = randomBytes(random, length);
            assertEquals(reference(bytes), ContentHash.hex(bytes), "length " + length);
        }
        byte[] large = randomBytes(random, 1 << 20);
        assertEquals(reference(large), ContentHash.hex(large));
    }

    @Test
    void theEmptyInputAndAKnownTextHaveTheReferencesHashes() {
        assertEquals("00000000000000000000000000000000", ContentHash.hex(new byte[0]));
        assertEquals(reference("The quick brown fox jumps over the lazy dog".getBytes()),
                ContentHash.hex("The quick brown fox jumps over the lazy dog"));
    }

    @Test
    void fedInPartsOfAnySizeTheHashIsThatOfTheWhole() {
        Random random = new Random(2);
        for (int round = 0; round < 200; round++) {
            byte[] bytes = randomBytes(random, random.nextInt(300));
            MessageDigest parts = ContentHash.digest();
            int at = 0;
            while (at < bytes.length) {
                int take = Math.min(bytes.length - at, random.nextInt(40));
                if (take == 1 && random.nextBoolean()) {
                    parts.update(bytes[at]);
                } else {
                    parts.update(bytes, at, take);
                }
                at += take;
            }
            assertEquals(reference(bytes), HexFormat.of().formatHex(parts.digest()), "round " + round);
        }
    }

    @Test
    void aDigestStartsAfreshAfterGivingItsHash() {
        MessageDigest hash = ContentHash.digest();
        hash.update("first".getBytes());
        String first = HexFormat.of().formatHex(hash.digest());
        hash.update("second".getBytes());
        assertEquals(ContentHash.hex("second"), HexFormat.of().formatHex(hash.digest()));
        assertEquals(ContentHash.hex("first"), first);
    }

    @Test
    void aStreamHashesAsItsBytesDo() throws IOException {
        byte[] bytes = randomBytes(new Random(3), 200_000);
        assertEquals(ContentHash.hex(bytes), ContentHash.hex(new ByteArrayInputStream(bytes)));
    }

    @Test
    void oneChangedBitChangesTheHash() {
        byte[] bytes = randomBytes(new Random(4), 64);
        String before = ContentHash.hex(bytes);
        bytes[37] ^= 1;
        assertNotEquals(before, ContentHash.hex(bytes));
        assertEquals(ContentHash.HEX_LENGTH, before.length());
    }
}
