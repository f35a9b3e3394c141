package app.pli.core.codec;

import app.pli.core.codec.CodecFixtures.Boxed;
import app.pli.core.codec.CodecFixtures.Chain;
import app.pli.core.codec.CodecFixtures.Checked;
import app.pli.core.codec.CodecFixtures.Color;
import app.pli.core.codec.CodecFixtures.Empty;
import app.pli.core.codec.CodecFixtures.Envelope;
import app.pli.core.codec.CodecFixtures.Leaves;
import app.pli.core.codec.CodecFixtures.Lists;
import app.pli.core.codec.CodecFixtures.Node;
import app.pli.core.codec.CodecFixtures.Primitives;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/** Random valid messages of every fixture type, small enough to mutate quickly, deep enough to matter. */
final class RandomMessages {
    private static final String[] TEXTS = {"", "a", "pli", "h\u00e9", "\u4e16\u754c", "\uD83D\uDE00!", "0123456789"};

    private final SplittableRandom random;

    RandomMessages(SplittableRandom random) {
        this.random = random;
    }

    /** A random message of a random registered type. */
    Object any() {
        return switch (random.nextInt(9)) {
            case 0 -> primitives();
            case 1 -> boxed();
            case 2 -> leaves();
            case 3 -> lists();
            case 4 -> node(random.nextInt(7));
            case 5 -> CodecFixtures.chain(1 + random.nextInt(CodecFixtures.DEFAULT_MAX_DEPTH));
            case 6 -> new Envelope(random.nextLong(), nullable(this::leaves), nullable(this::lists),
                    nullable(() -> node(random.nextInt(6))), nullable(Empty::new));
            case 7 -> new Checked(1 + random.nextInt(Integer.MAX_VALUE));
            default -> new Empty();
        };
    }

    Primitives primitives() {
        return new Primitives(random.nextInt(), random.nextLong(), (short) random.nextInt(), (byte) random.nextInt(),
                (char) random.nextInt(0xD800), random.nextBoolean(), (float) random.nextDouble(), random.nextDouble());
    }

    Boxed boxed() {
        return new Boxed(nullable(random::nextInt), nullable(random::nextLong), nullable(() -> (short) 7),
                nullable(() -> (byte) -3), nullable(() -> 'z'), nullable(random::nextBoolean),
                nullable(() -> 0.25f), nullable(random::nextDouble));
    }

    Leaves leaves() {
        return new Leaves(nullable(this::text), nullable(this::bytes), nullable(this::color));
    }

    Lists lists() {
        return new Lists(nullable(() -> listOf(this::text)), nullable(() -> listOf(this::bytes)),
                nullable(() -> listOf(random::nextInt)), nullable(() -> listOf(() -> listOf(this::color))),
                nullable(() -> listOf(this::primitives)));
    }

    Node node(int height) {
        if (height == 0) {
            return new Node(nullable(this::text), random.nextBoolean() ? null : List.of());
        }
        return new Node(nullable(this::text), listOf(() -> node(height - 1)));
    }

    private String text() {
        return TEXTS[random.nextInt(TEXTS.length)];
    }

    private byte[] bytes() {
        byte[] bytes = new byte[random.nextInt(9)];
        random.nextBytes(bytes);
        return bytes;
    }

    private Color color() {
        return Color.values()[random.nextInt(Color.values().length)];
    }

    private <T> List<T> listOf(Supplier<T> element) {
        int size = random.nextInt(4);
        List<T> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(random.nextInt(8) == 0 ? null : element.get());
        }
        return list;
    }

    private <T> T nullable(Supplier<T> value) {
        return random.nextInt(4) == 0 ? null : value.get();
    }
}
