package org.councilpapers.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.councilpapers.CouncilPapers;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/** Runs the command line in-process, as {@link Main} configures it, and keeps what it printed. */
final class Cli {
    private Cli() {}

    record Run(int code, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }

        List<String> outLines() {
            return out.lines().toList();
        }
    }

    /**
     * With the standard library set-up but without NLP: CoreNLP takes seconds and a gigabyte to
     * load, once per run. {@link #runAsShipped} and {@code ExtractCommandIT} cover the default.
     */
    static Run run(String... args) {
        CouncilPapers papers = CouncilPapers.builder().build();
        return run(extractWith(papers), args);
    }

    /** Exactly as {@link Main} runs, NLP on unless the arguments say --no-nlp. */
    static Run runAsShipped(String... args) {
        return run(CommandLine.defaultFactory(), args);
    }

    /** With {@link LineExtractor} as the only extractor, so runs have records to write. */
    static Run runWithLineExtractor(String... args) {
        CouncilPapers papers = CouncilPapers.builder().extractors(List.of(new LineExtractor())).build();
        return run(extractWith(papers), args);
    }

    /** With this library for {@code extract} and {@code index}. */
    static Run runWith(CouncilPapers papers, String... args) {
        return run(extractWith(papers), args);
    }

    /** With {@code index} building its library through {@code library} (which says whether NLP was asked for). */
    static Run runIndex(IndexCommand.Library library, String... args) {
        return run(new IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                return cls == IndexCommand.class ? cls.cast(new IndexCommand(library)) : CommandLine.defaultFactory().create(cls);
            }
        }, args);
    }

    private static IFactory extractWith(CouncilPapers papers) {
        return new IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                if (cls == ExtractCommand.class) {
                    return cls.cast(new ExtractCommand(() -> papers));
                }
                return cls == IndexCommand.class ? cls.cast(new IndexCommand(nlp -> papers)) : CommandLine.defaultFactory().create(cls);
            }
        };
    }

    private static Run run(IFactory factory, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = CouncilPapersCommand.commandLine(factory);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
