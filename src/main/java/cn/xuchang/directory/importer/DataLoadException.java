package cn.xuchang.directory.importer;

import cn.xuchang.directory.record.DataProblem;

import java.util.List;
import java.util.stream.Collectors;

/** data/ cannot be loaded; nothing was written. Lists every problem found, not just the first. */
public class DataLoadException extends RuntimeException {

    private final transient List<DataProblem> problems;

    public DataLoadException(List<DataProblem> problems) {
        super("data/ has " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + "; nothing was loaded:\n" + problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<DataProblem> problems() {
        return problems;
    }
}
