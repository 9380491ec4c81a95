namespace Goals.Api.Tests.Contract;

public sealed class SchemaContractTests
{
    private const string Contract = """
        interface Node { id: ID! }
        enum Color { RED GREEN }
        union Shape = Circle | Square
        type Circle implements Node { id: ID! radius: Float! label: String items(first: Int): [String!]! }
        type Square { side: Float }
        input Filter { color: Color name: String! }
        """;

    [Fact]
    public void A_schema_equal_to_the_contract_contains_it() =>
        Assert.Empty(SchemaContract.Violations(Contract, Contract));

    [Fact]
    public void A_schema_with_additions_and_stricter_outputs_contains_the_contract()
    {
        var served = Contract
            .Replace("label: String ", "label: String! extra: Int ", StringComparison.Ordinal)
            .Replace("enum Color { RED GREEN }", "enum Color { RED GREEN BLUE } type More { x: Int }", StringComparison.Ordinal)
            .Replace("items(first: Int)", "items(first: Int, after: String)", StringComparison.Ordinal);

        Assert.Empty(SchemaContract.Violations(Contract, served));
    }

    [Theory]
    [InlineData("radius: Float!", "radius: Float", "field Circle.radius is Float, the contract says Float!")]
    [InlineData("label: String ", "", "field Circle.label is missing")]
    [InlineData("enum Color { RED GREEN }", "enum Color { RED }", "value GREEN of Color is missing")]
    [InlineData("union Shape = Circle | Square", "union Shape = Circle", "member Square of Shape is missing")]
    [InlineData("implements Node ", "", "interface Node of Circle is missing")]
    [InlineData("name: String!", "name: String", "input Filter(name) is String, the contract says String!")]
    [InlineData("color: Color ", "color: Color! ", "input Filter(color) is Color!, the contract says Color")]
    [InlineData("items(first: Int)", "items", "input Circle.items(first) is missing")]
    [InlineData("items(first: Int)", "items(first: Int, mode: Int!)", "input Circle.items(mode) is required but not in the contract")]
    [InlineData("type Square { side: Float }", "input Square { side: Float }", "type Square is a InputObjectTypeDefinition, the contract says ObjectTypeDefinition")]
    [InlineData("type Square { side: Float }", "", "type Square is missing")]
    public void A_schema_that_loses_part_of_the_contract_is_reported(string part, string replacement, string violation)
    {
        var served = Contract.Replace(part, replacement, StringComparison.Ordinal);

        Assert.Contains(violation, SchemaContract.Violations(Contract, served));
    }
}
