package io.backops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The repository explains itself: no file leans on a document outside it, and every relative link in the README and
 * under docs/ leads to a file that exists. Plain file reading, no Spring.
 */
class DocumentationLinksTests {

    /** The brief the project started from; it is not in the repository, so nothing may send a reader there. */
    private static final String OUTSIDE_BRIEF = "DESIGN" + ".md";

    /** {@code [text](target)} or {@code ![alt](target "title")}; the target without its title. */
    private static final Pattern MARKDOWN_LINK = Pattern.compile("!?\\[[^\\]]*]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern FENCED_CODE = Pattern.compile("(?ms)^\\s*```.*?^\\s*```");
    private static final Pattern INLINE_CODE = Pattern.compile("`[^`\\n]*`");

    /** Folders a build, a run or a tool fills; never part of the repository. */
    private static final Set<String> NOT_SOURCES = Set.of(".git", "target", "data", "node_modules", ".idea");

    private static final Path ROOT = Path.of("").toAbsolutePath();

    @Test
    void noFileCitesTheOutsideBrief() {
        List<String> citing = new ArrayList<>();
        for (Path file : repositoryFiles()) {
            String text = textOf(file);
            if (text != null && text.contains(OUTSIDE_BRIEF)) {
                citing.add(ROOT.relativize(file).toString());
            }
        }
        assertThat(citing).as("files citing %s, which is not in the repository", OUTSIDE_BRIEF).isEmpty();
    }

    @Test
    void everyRelativeLinkOfTheDocumentationLeadsToAFile() {
        List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        repositoryFiles().stream()
                .filter(file -> file.startsWith(ROOT.resolve("docs")) && file.toString().endsWith(".md"))
                .forEach(pages::add);
        assertThat(pages).as("README.md and the docs pages").hasSizeGreaterThan(5);

        List<String> broken = new ArrayList<>();
        for (Path page : pages) {
            for (String target : relativeLinks(textOf(page))) {
                Path file = page.getParent().resolve(target).normalize();
                if (!file.startsWith(ROOT) || !Files.exists(file)) {
                    broken.add(ROOT.relativize(page) + " → " + target);
                }
            }
        }
        assertThat(broken).as("relative links to files that do not exist").isEmpty();
    }

    @Test
    void aLinkToAMissingFileIsFound() {
        String page = "See [the roles](roles-and-scopes.md#scope), [a site](https://example.org), [here](#top),\n"
                + "![shot](screenshots/x.png \"title\") and `[not a link](nowhere.md)`.\n```\n[code](nowhere.md)\n```\n";

        assertThat(relativeLinks(page)).containsExactly("roles-and-scopes.md", "screenshots/x.png");
    }

    /** The file part of each relative link outside code: no scheme, no bare anchor. */
    static List<String> relativeLinks(String markdown) {
        String prose = INLINE_CODE.matcher(FENCED_CODE.matcher(markdown).replaceAll("")).replaceAll("");
        List<String> targets = new ArrayList<>();
        Matcher link = MARKDOWN_LINK.matcher(prose);
        while (link.find()) {
            String target = link.group(1);
            if (target.startsWith("#") || target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
                continue;
            }
            int anchor = target.indexOf('#');
            targets.add(anchor < 0 ? target : target.substring(0, anchor));
        }
        return targets;
    }

    private static List<Path> repositoryFiles() {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> ROOT.relativize(file).toString().isEmpty()
                            || Stream.iterate(ROOT.relativize(file), path -> path != null, Path::getParent)
                                    .noneMatch(part -> NOT_SOURCES.contains(part.getFileName().toString())))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's text, or null for a binary file (a NUL byte in it). */
    private static String textOf(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            for (byte b : bytes) {
                if (b == 0) {
                    return null;
                }
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
