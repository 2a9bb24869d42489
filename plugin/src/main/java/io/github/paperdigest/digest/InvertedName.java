package io.github.paperdigest.digest;

/**
 * A name written family name first, as reference managers export it ("King, Martin Luther, Jr."), put in reading
 * order ("Martin Luther King Jr."). A name without a comma is already in reading order.
 */
final class InvertedName {

    private InvertedName() {
    }

    static String inReadingOrder(String name) {
        int comma = name.indexOf(',');
        if (comma < 0) {
            return name;
        }
        String rest = name.substring(comma + 1);
        int second = rest.indexOf(',');
        String first = (second < 0 ? rest : rest.substring(0, second)).strip();
        String suffix = second < 0 ? "" : rest.substring(second + 1).strip();
        String last = name.substring(0, comma).strip();
        return ((first.isEmpty() ? "" : first + " ") + last + (suffix.isEmpty() ? "" : " " + suffix)).strip();
    }
}
