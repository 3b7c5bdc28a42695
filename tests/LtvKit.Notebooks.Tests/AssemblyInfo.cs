// The console is one per process and the engine redirects it while a cell runs: the tests run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
