using Protokoll.Gen.Preview;

namespace Protokoll.Gen.Tests.Preview;

public sealed class EditorFilesTests
{
    [Theory]
    [InlineData("meetings/m/.08-beslut.md.swp")]
    [InlineData("meetings/m/08-beslut.md~")]
    [InlineData("meetings/m/4913")]
    [InlineData("meetings/m/.#08-beslut.md")]
    [InlineData("meetings/m/#08-beslut.md#")]
    [InlineData("meetings/m/08-beslut.md___jb_tmp___")]
    [InlineData("budgets/.~lock.2022.yml#")]
    [InlineData("budgets/2022.yml.tmp")]
    [InlineData(".git/index")]
    [InlineData(".DS_Store")]
    public void Editor_swap_backup_and_lock_files_do_not_start_a_build(string path)
    {
        Assert.True(EditorFiles.IsIgnored(path));
    }

    [Theory]
    [InlineData("meetings/m/08-beslut.md")]
    [InlineData("meetings/2022-09-15-styrgrupp")]
    [InlineData("budgets/2022.yml")]
    [InlineData("protokoll.yml")]
    [InlineData("partials/item.sbnhtml")]
    public void Content_and_template_files_do(string path)
    {
        Assert.False(EditorFiles.IsIgnored(path));
    }
}
