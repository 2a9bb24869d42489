package io.github.paperdigest.digest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a saved e-mail (.eml): mail clients save arXiv's listing with its headers, often encoded as
 * quoted-printable or base64, sometimes as one part of a multipart message. Reading the raw bytes as the
 * listing would turn {@code =3D} and soft line breaks into the papers' text, so the body is decoded first.
 * A body sent as plain 7- or 8-bit text in UTF-8 or ASCII is read as the file is, headers and all (they are not
 * entries), so that messages keep the file's own line numbers.
 */
final class MailBody {

    /** A saved listing is a few megabytes at most; a decoded body larger than this is refused, not read. */
    static final int MAX_BYTES = 64 << 20;

    private static final Pattern HEADER_LINE = Pattern.compile("^[!-9;-~]{1,76}:.*");
    private static final Pattern PARAMETER = Pattern.compile(";\\s*([A-Za-z-]+)\\s*=\\s*(\"([^\"]*)\"|[^;\\s]+)");

    private MailBody() {
    }

    /** The lines of the message's text, decoded when the mail encoded them. */
    static LineReader lines(DigestSource source, DigestProblems problems) {
        byte[] file = source.firstBytes(MAX_BYTES + 1);
        if (file.length > MAX_BYTES) {
            throw new DigestException(source.name(), 0, "is larger than " + (MAX_BYTES >> 20)
                    + " MB, too large for a saved listing e-mail; split it or save the listing as text");
        }
        byte[] text = decodedText(source.name(), file).orElse(file);
        return new LineReader(new ByteArrayInputStream(text), source.name(), problems);
    }

    /**
     * The day the message was sent, as its {@code Date:} header gives it in its own zone ("Thu, 18 Jan 2024 01:02:03
     * +0000"): the day arXiv announced the listing. Empty when the file has no header block or no date in RFC 5322's
     * form.
     */
    static Optional<LocalDate> sent(DigestSource source) {
        Part part = Part.parse(source.firstBytes(1 << 16));
        String date = part == null ? null : part.headers().get("date");
        if (date == null) {
            return Optional.empty();
        }
        try {
            // a comment after the zone ("+0000 (UTC)") is no part of the date
            String written = Whitespace.collapse(date.replaceAll("\\([^)]*\\)\\s*$", "").strip());
            return Optional.of(ZonedDateTime.parse(written, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The decoded text as UTF-8, or empty when the file's own bytes are the text. */
    static Optional<byte[]> decodedText(String name, byte[] message) {
        Part part = Part.parse(message);
        if (part == null) {
            return Optional.empty(); // no header block: a listing saved as text under the .eml extension
        }
        Part text = part.textPart(name, 0);
        if (text == part && text.isIdentity() && text.isUtf8Compatible()) {
            return Optional.empty();
        }
        return Optional.of(text.decodedUtf8(name));
    }

    /** One MIME entity: its headers (lower-case names, unfolded) and its raw body. */
    private record Part(Map<String, String> headers, byte[] body) {

        /** Null when the bytes do not start with a header block. */
        static Part parse(byte[] bytes) {
            String head = new String(bytes, 0, Math.min(bytes.length, 1 << 16), StandardCharsets.ISO_8859_1);
            Map<String, String> headers = new LinkedHashMap<>();
            String name = null;
            int at = 0;
            while (at < head.length()) {
                int end = head.indexOf('\n', at);
                if (end < 0) {
                    return null;
                }
                String line = head.substring(at, end).replaceFirst("\r$", "");
                at = end + 1;
                if (line.isEmpty()) {
                    return headers.isEmpty() ? null : new Part(headers, Arrays.copyOfRange(bytes, at, bytes.length));
                }
                if ((line.startsWith(" ") || line.startsWith("\t")) && name != null) {
                    headers.merge(name, " " + line.strip(), String::concat);
                } else if (HEADER_LINE.matcher(line).matches()) {
                    name = line.substring(0, line.indexOf(':')).toLowerCase(Locale.ROOT);
                    headers.put(name, line.substring(line.indexOf(':') + 1).strip());
                } else if (headers.isEmpty() && line.startsWith("From ")) {
                    continue; // an mbox "From " line before the headers
                } else {
                    return null;
                }
            }
            return null;
        }

        String mediaType() {
            String type = headers.getOrDefault("content-type", "text/plain");
            int semicolon = type.indexOf(';');
            return (semicolon < 0 ? type : type.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
        }

        Optional<String> parameter(String wanted) {
            Matcher m = PARAMETER.matcher(headers.getOrDefault("content-type", ""));
            while (m.find()) {
                if (m.group(1).equalsIgnoreCase(wanted)) {
                    return Optional.of(m.group(3) != null ? m.group(3) : m.group(2));
                }
            }
            return Optional.empty();
        }

        String encoding() {
            return headers.getOrDefault("content-transfer-encoding", "7bit").strip().toLowerCase(Locale.ROOT);
        }

        boolean isIdentity() {
            return switch (encoding()) {
                case "7bit", "8bit", "binary" -> true;
                default -> false;
            };
        }

        boolean isUtf8Compatible() {
            String charset = parameter("charset").orElse("us-ascii").toLowerCase(Locale.ROOT);
            return charset.equals("utf-8") || charset.equals("us-ascii") || charset.equals("utf8");
        }

        /** This part when it is text, else the first text/plain part of a multipart message. */
        Part textPart(String name, int depth) {
            String type = mediaType();
            if (!type.startsWith("multipart/")) {
                if (!type.equals("text/plain")) {
                    throw new DigestException(name, 0, "is an e-mail whose text is " + type
                            + ", not text/plain; save arXiv's listing e-mail as plain text");
                }
                return this;
            }
            String boundary = parameter("boundary").orElseThrow(() -> new DigestException(name, 0,
                    "is a multipart e-mail without a boundary; save arXiv's listing e-mail as plain text"));
            if (depth > 4) {
                throw new DigestException(name, 0, "nests multipart e-mails too deeply; save the listing as plain text");
            }
            String body = new String(body(), StandardCharsets.ISO_8859_1);
            String[] pieces = body.split("(?m)^--" + Pattern.quote(boundary) + "(?:--)?[ \t]*\r?$");
            for (int i = 1; i < pieces.length; i++) {
                String piece = pieces[i].replaceFirst("^\r?\n", "");
                Part child = parse(piece.getBytes(StandardCharsets.ISO_8859_1));
                if (child == null) {
                    continue;
                }
                String childType = child.mediaType();
                if (childType.equals("text/plain") || childType.startsWith("multipart/")) {
                    try {
                        return child.textPart(name, depth + 1);
                    } catch (DigestException notText) {
                        // another part may hold the text
                    }
                }
            }
            throw new DigestException(name, 0, "is a multipart e-mail with no text/plain part; save arXiv's listing e-mail as plain text");
        }

        byte[] decodedUtf8(String name) {
            byte[] raw = switch (encoding()) {
                case "quoted-printable" -> QuotedPrintable.decode(body);
                case "base64" -> base64(name);
                case "7bit", "8bit", "binary" -> body;
                default -> throw new DigestException(name, 0, "is an e-mail in the unknown transfer encoding '"
                        + encoding() + "'; save arXiv's listing e-mail as plain text");
            };
            return new String(raw, charset(name)).getBytes(StandardCharsets.UTF_8);
        }

        private byte[] base64(String name) {
            try {
                return Base64.getMimeDecoder().decode(body);
            } catch (IllegalArgumentException e) {
                throw new DigestException(name, 0, "is an e-mail whose base64 body is damaged (" + e.getMessage()
                        + "); save arXiv's listing e-mail again, as plain text");
            }
        }

        private Charset charset(String name) {
            String charset = parameter("charset").orElse("us-ascii");
            try {
                return Charset.forName(charset);
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw new DigestException(name, 0, "is an e-mail in the unknown character set '" + charset
                        + "'; save it again as UTF-8 text");
            }
        }
    }

    /** RFC 2045 quoted-printable: "=XX" is a byte, "=" at a line's end joins it to the next. */
    static final class QuotedPrintable {

        private QuotedPrintable() {
        }

        static byte[] decode(byte[] encoded) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(encoded.length);
            for (int i = 0; i < encoded.length; i++) {
                byte b = encoded[i];
                if (b != '=') {
                    out.write(b);
                    continue;
                }
                int softBreak = softBreakLength(encoded, i + 1);
                if (softBreak >= 0) {
                    i += softBreak;
                } else if (i + 2 < encoded.length && hex(encoded[i + 1]) >= 0 && hex(encoded[i + 2]) >= 0) {
                    out.write(hex(encoded[i + 1]) * 16 + hex(encoded[i + 2]));
                    i += 2;
                } else {
                    out.write(b); // a lone '=' is kept, as RFC 2045 advises robust decoders to do
                }
            }
            return out.toByteArray();
        }

        /** How many bytes after '=' form a soft line break (trailing blanks, then LF or CRLF), or -1. */
        private static int softBreakLength(byte[] bytes, int from) {
            int at = from;
            while (at < bytes.length && (bytes[at] == ' ' || bytes[at] == '\t')) {
                at++;
            }
            if (at < bytes.length && bytes[at] == '\r') {
                at++;
            }
            if (at < bytes.length && bytes[at] == '\n') {
                return at - from + 1;
            }
            return at == bytes.length ? at - from : -1;
        }

        private static int hex(byte b) {
            return Character.digit((char) b, 16);
        }
    }
}
