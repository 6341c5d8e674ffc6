# [(${t.ci('before.intro', '# ')})]
function Save-Before([string]$Kind, $Object, [string[]]$Properties) {
    if (-not $BeforePath) {
        $script:BeforePath = Join-Path (Split-Path -Parent $LogPath) 'lyncowa-exchange-before.xml'
    }
    $records = @()
    if (Test-Path -Path $BeforePath) {
        $records = @(Import-Clixml -Path $BeforePath)
    }
    $identity = [string]$Object.Identity
    if (@($records | Where-Object { $_.Kind -eq $Kind -and $_.Identity -eq $identity }).Count -gt 0) {
        return
    }
    $record = New-Object PSObject -Property @{ Kind = $Kind; Identity = $identity }
    foreach ($name in $Properties) {
        $record | Add-Member -MemberType NoteProperty -Name $name -Value ([string]$Object.$name)
    }
    $records += $record
    $records | Export-Clixml -Path $BeforePath -WhatIf:$false -Confirm:$false
    Write-Host ([(${t.f('before.saved', '$identity', '$BeforePath')})])
}
