using Goals.Api.Export;

namespace Goals.Api.Tests.Export;

public sealed class CsvFieldTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("plain text", "plain text")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("line\nbreak", "\"line\nbreak\"")]
    [InlineData("carriage\rreturn", "\"carriage\rreturn\"")]
    [InlineData("'=1+1", "'=1+1")]
    public void Fields_are_quoted_only_when_rfc_4180_requires_it(string? value, string written) =>
        Assert.Equal(written, CsvExportWriter.Field(value));
}
