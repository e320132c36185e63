package org.marrow.cli;

import java.util.List;

/**
 * A command with subcommands ({@code marrow}, {@code marrow stats}, {@code marrow design}), named here
 * instead of in picocli's {@code subcommands} attribute so that a command line can be built with only
 * the branch the arguments name ({@link Marrow#commandLine(String...)}): picocli reads every option of
 * every command it is given, which for all of Marrow's commands takes longer than many of them run.
 */
public interface CommandGroup {
    /**
     * The subcommands, in the order help lists them.
     *
     * @return classes annotated with picocli's {@code @Command}, each with a public no-argument
     *     constructor
     */
    List<Class<?>> subcommands();
}
