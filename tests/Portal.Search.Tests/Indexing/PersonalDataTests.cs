using Lucene.Net.Index;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Security;
using Portal.Core.Security;
using Portal.Search.Indexing;
using Portal.Testing;

namespace Portal.Search.Tests.Indexing;

/// <summary>
/// Nothing personal reaches the index: an author's account name, real name, e-mail and phone are in the database
/// beside the items they publish, and appear in no term and no stored value of any field. (Volunteers' and
/// residents' records join this test when their modules add search sources.)
/// </summary>
[Collection(SharedSite.Name)]
public sealed class PersonalDataTests(PortalFactory factory)
{
    private const string Password = "Author-pass-2026";

    [Fact]
    public async Task TheIndex_HoldsNoPersonalDataOfThePeopleBehindTheContent()
    {
        var (userName, id) = await factory.CreateUserAsync(Password, RoleNames.Author);
        const string realName = "欧阳晞瑗", email = "xiyuan.ouyang@example.cn", phone = "13912345678";
        await factory.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<PortalUser>>();
            var user = (await users.FindByIdAsync(id))!;
            user.DisplayName = realName;
            user.Email = email;
            user.PhoneNumber = phone;
            Assert.True((await users.UpdateAsync(user)).Succeeded);
        });
        var author = await factory.CreateClientAsAsync(userName, Password);
        var saved = await author.SubmitFormAsync("/admin/contents/new/News", "form.content-editor", new Dictionary<string, string>
        {
            ["TitlePart.Title"] = "社区志愿者开展防诈骗宣传",
            ["HtmlBodyPart.Html"] = "<p>志愿者在社区广场向居民讲解防诈骗知识。</p>",
            ["submit"] = "publish",
        });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, saved.StatusCode);
        await factory.CreateClient().WaitForAsync("防诈骗宣传", r => r.GetProperty("total").GetInt32() > 0);
        await factory.WaitUntilIndexedAsync();

        var personal = new[] { userName, realName, realName[2..], email, "xiyuan", "ouyang", phone, phone[3..] };
        var index = factory.Services.GetRequiredService<NodeIndexes>().Find("main")!;
        var found = index.Search(searcher => Everything(searcher.IndexReader)
            .Where(value => personal.Any(p => value.Contains(p, StringComparison.OrdinalIgnoreCase)))
            .ToList());

        Assert.Empty(found);
    }

    /// <summary>Every term of every field, and every stored value of every live document.</summary>
    private static IEnumerable<string> Everything(IndexReader reader)
    {
        var fields = MultiFields.GetFields(reader);
        foreach (var field in fields)
        {
            var terms = fields.GetTerms(field).GetEnumerator();
            while (terms.MoveNext())
                yield return $"{field}:{terms.Term.Utf8ToString()}";
        }

        var live = MultiFields.GetLiveDocs(reader);
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (live is not null && !live.Get(doc))
                continue;
            foreach (var stored in reader.Document(doc).Fields)
                yield return $"{stored.Name}={stored.GetStringValue()}";
        }
    }
}
