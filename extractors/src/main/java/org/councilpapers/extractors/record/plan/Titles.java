package org.councilpapers.extractors.record.plan;

import java.util.List;
import java.util.regex.Pattern;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.BlockKind;
import org.councilpapers.extractors.internal.Texts;
import org.jspecify.annotations.Nullable;

/** Finds the title printed above a table: a heading, or a short line that reads as one. */
final class Titles {
    // Lines that name a plan or scorecard; preferred over a nearer short line such as "Aims of this work".
    private static final Pattern NAMES_A_TABLE = Pattern.compile(
            "(?i).*\\b(?:plan|statement of action|scorecard|score card|dashboard|tracker|performance|action log|actions)\\b.*");
    private static final int NEAR = 4;
    private static final int FAR = 30;
    private static final int MAX_TITLE = 100;

    private Titles() {}

    /**
     * The title for the table at {@code index} of the body, or null where none is printed near it.
     * The search stops at the table before, which has titles of its own; a RAG key is passed over.
     */
    static @Nullable String before(List<Block> body, int index, RagKey key) {
        String near = null;
        for (int i = index - 1, seen = 0; i >= 0 && seen < FAR; i--, seen++) {
            Block b = body.get(i);
            if (b.kind() == BlockKind.TABLE) {
                if (key.tables().contains(b)) {
                    continue;
                }
                break;
            }
            String t = Texts.squash(b.text());
            if (!isTitleLike(b, t)) {
                continue;
            }
            if (b.kind() == BlockKind.HEADING || NAMES_A_TABLE.matcher(t).matches()) {
                return t;
            }
            if (near == null && seen < NEAR) {
                near = t;
            }
        }
        return near;
    }

    private static boolean isTitleLike(Block b, String t) {
        return !t.isEmpty() && t.length() <= MAX_TITLE && b.kind() != BlockKind.LIST_ITEM && !t.matches(".*[.:;,]$")
                && Character.isUpperCase(t.codePointAt(0)) && !RagKey.isLabel(b);
    }
}
