// The integration tests host the real pipeline through WebApplicationFactory<Program>, which needs a public type.
public partial class Program;
