// Browser tests run one class at a time: each starts its own server and chromium, and on two cores a crowd of them
// starves the pages they are waiting for.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
