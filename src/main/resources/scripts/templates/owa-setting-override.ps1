[# th:insert="~{_header}" /]
#
# [(${t.c('override.intro')})]
# [(${t.c('override.scope')})]
# [(${t.c('override.remoting')})]
#Requires -Version 3.0
[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'High')]
param(
    # [(${t.ci('override.computerName', '    # ')})]
    [string[]]$ComputerName = @(),
    # [(${t.c('override.local')})]
    [switch]$Local,
    # [(${t.c('common.logPath')})]
    [string]$LogPath = (Join-Path $env:TEMP [(${logName})])
)

$ErrorActionPreference = 'Stop'
# [(${t.c('common.strictMode')})]
Set-StrictMode -Version 1.0

# [(${t.c('common.planValues')})]
$MailboxServers = [(${q.mailboxServers})]
# [(${t.c('override.certificateSource')})]
$CertificateSource = [(${q.certificateSource})]
# [(${t.c('webConfig.thumbprint')})]
$Certificates = [(${q.certificates})]
# [(${t.c('webConfig.poolFqdn')})]
$PoolFqdn = [(${q.certificatePoolFqdn})]
# P-3.3, P-8.6
$ImServerName = [(${q.imServerName})]
# [(${t.c('override.name')})]
$OverrideName = [(${q.settingOverrideName})]
# [(${t.c('override.version')})]
$VersionPattern = [(${exVersionPattern})]
$Reason = 'Lync-OWA integration wizard: Outlook on the web IM settings (P-8.5)'

# [(${t.ci('override.restartPool', '# ')})]
$RestartPool = {
    $ErrorActionPreference = 'Stop'
    Import-Module WebAdministration -ErrorAction Stop
    Restart-WebAppPool -Name 'MSExchangeOWAAppPool' -ErrorAction Stop
}

# [(${t.ci('override.imSettings', '# ')})]
function Get-ImSettings([string]$ServerName) {
    $settings = $null
    try {
        [xml]$diagnostic = Get-ExchangeDiagnosticInfo -Server $ServerName -Process MSExchangeMailboxAssistants -Component VariantConfiguration -Argument 'Config,Component=OwaServer' -ErrorAction Stop
        $settings = $diagnostic.Diagnostics.Components.VariantConfiguration.Configuration.OwaServer.IMSettings
    }
    catch {
        $settings = $null
    }
    if (-not $settings) {
        [xml]$diagnostic = Get-ExchangeDiagnosticInfo -Server $ServerName -Process Microsoft.Exchange.Directory.TopologyService -Component VariantConfiguration -Argument Config -ErrorAction Stop
        $settings = $diagnostic.Diagnostics.Components.VariantConfiguration.Configuration.OwaServer.IMSettings
    }
    return $settings
}

# [(${t.ci('override.same', '# ')})]
function Test-SameParameters($Actual, [string[]]$Wanted) {
    $have = @(@($Actual | ForEach-Object { [string]$_ }) | Sort-Object)
    $want = @($Wanted | Sort-Object)
    return (($have -join '|') -eq ($want -join '|'))
}

# [(${t.ci('override.ours', '# ')})]
function Assert-ImOverride($Override) {
    if ([string]$Override.ComponentName -ne 'OwaServer' -or [string]$Override.SectionName -ne 'IMSettings') {
        throw ([(${t.f('override.notOurs', '[string]$Override.Name', '[string]$Override.ComponentName', '[string]$Override.SectionName')})])
    }
}

[# th:insert="~{_common}" /]
try {
    Start-Transcript -Path $LogPath -Append -WhatIf:$false -Confirm:$false | Out-Null
    $transcribing = $true
    # [(${t.c('override.rightShell')})]
    if (-not (Get-Command New-SettingOverride -ErrorAction SilentlyContinue) -or
        -not (Get-Command Get-ExchangeDiagnosticInfo -ErrorAction SilentlyContinue)) {
        throw [(${t.q('override.noCmdlet')})]
    }

    # [(${t.c('webConfig.rightPlanServer')})]
    if ($Local) {
        if ($ComputerName.Count -gt 0) {
            throw [(${t.q('webConfig.localAndComputerName')})]
        }
        $targets = @([System.Net.Dns]::GetHostEntry([System.Net.Dns]::GetHostName()).HostName.ToLowerInvariant())
    }
    elseif ($ComputerName.Count -gt 0) {
        $targets = @($ComputerName | ForEach-Object { $_.ToLowerInvariant() } | Select-Object -Unique)
    }
    else {
        $targets = @($MailboxServers)
    }
    foreach ($server in $targets) {
        if ($MailboxServers -notcontains $server) {
            throw ([(${t.f('override.notPlanServer', '$server', '($MailboxServers -join '', '')')})])
        }
    }

    # [(${t.ci('override.checkServers', '    # ')})]
    $problems = @()
    $servers = @()
    foreach ($fqdn in $MailboxServers) {
        $exchangeServer = $null
        try {
            $exchangeServer = Get-ExchangeServer -Identity $fqdn -ErrorAction Stop
        }
        catch {
            $problems += ([(${t.f('override.noServer', '$fqdn', '$_.Exception.Message')})])
            continue
        }
        if (-not $exchangeServer.IsMailboxServer -or [string]$exchangeServer.AdminDisplayVersion -notmatch $VersionPattern) {
            $problems += ([(${t.f('override.notMailbox', '$fqdn', '[string]$exchangeServer.AdminDisplayVersion')})])
            continue
        }
        # [(${t.c('override.serverName')})]
        $serverName = [string]$exchangeServer.Name
        $thumbprint = [string]$Certificates[$fqdn]
        if ($CertificateSource -eq 'IIS') {
            # [(${t.c('override.iis')})]
            $iis = @(Get-ExchangeCertificate -Server $fqdn -ErrorAction Stop | Where-Object { [string]$_.Services -match 'IIS' })
            if ($iis.Count -ne 1) {
                $problems += ([(${t.f('override.noIisCertificate', '$fqdn', '$iis.Count')})] + ' ' + [(${t.f('webConfig.showCertificate', '$fqdn')})])
                continue
            }
            $thumbprint = ([string]$iis[0].Thumbprint).ToUpperInvariant()
            Write-Host ([(${t.f('webConfig.iisCertificateFound', '$fqdn', '$thumbprint')})])
        }
        # [(${t.ci('override.certificate', '        # ')})]
        $certificate = $null
        try {
            $certificate = Get-ExchangeCertificate -Server $fqdn -Thumbprint $thumbprint -ErrorAction Stop
        }
        catch {
            $certificate = $null
        }
        $show = [(${t.f('webConfig.showCertificate', '$fqdn')})]
        if (-not $certificate) {
            $problems += ([(${t.f('override.noCertificate', '$thumbprint', '$fqdn')})] + ' ' + $show)
            continue
        }
        if (-not $certificate.HasPrivateKey) {
            $problems += ([(${t.f('webConfig.noPrivateKey', '$thumbprint')})] + ' ' + $show)
        }
        $now = Get-Date
        if ($now -lt $certificate.NotBefore -or $now -gt $certificate.NotAfter) {
            $problems += ([(${t.f('webConfig.outsideDates', '$thumbprint', '$certificate.NotBefore', '$certificate.NotAfter')})] + ' ' + $show)
        }
        $domains = @($certificate.CertificateDomains | ForEach-Object { [string]$_ })
        $wanted = @(@($fqdn, $PoolFqdn) | Where-Object { $_ })
        $named = @($domains | Where-Object { $domain = $_; @($wanted | Where-Object { $_ -eq $domain -or ($domain -like '`*.*' -and $_ -like $domain) }).Count -gt 0 })
        if ($named.Count -eq 0) {
            $problems += ([(${t.f('webConfig.wrongName', '$thumbprint', '($wanted -join '' / '')', '($domains -join '', '')')})] + ' ' + $show)
        }
        if (@($domains | Where-Object { $_ -like '`*.*' }).Count -gt 0) {
            Write-Warning ([(${t.f('webConfig.wildcard', '$fqdn')})])
        }
        $servers += [pscustomobject]@{ Fqdn = $fqdn; Name = $serverName; Thumbprint = $thumbprint }
    }
    if ($problems.Count -gt 0) {
        foreach ($problem in $problems) {
            Write-Host ('PROBLEM ' + $problem)
        }
        throw ([(${t.f('override.problems', '$problems.Count')})])
    }

    # [(${t.c('webConfig.checkRemoting')})]
    if (-not $Local) {
        $unreachable = @()
        foreach ($server in $targets) {
            try {
                [void](Test-WSMan -ComputerName $server -ErrorAction Stop)
            }
            catch {
                $unreachable += ($server + ': ' + $_.Exception.Message)
            }
        }
        if ($unreachable.Count -gt 0) {
            throw ([(${t.f('webConfig.noRemoting', '($unreachable -join ''; '')')})])
        }
    }

    # [(${t.ci('override.oneOrPerServer', '    # ')})]
    $distinct = @($servers | ForEach-Object { $_.Thumbprint } | Select-Object -Unique)
    $overrides = @()
    if ($distinct.Count -eq 1) {
        $overrides += [pscustomobject]@{ Name = $OverrideName; Server = ''; Thumbprint = $distinct[0] }
    }
    else {
        foreach ($server in $servers) {
            $overrides += [pscustomobject]@{ Name = ($OverrideName + ' (' + $server.Name + ')'); Server = $server.Name; Thumbprint = $server.Thumbprint }
        }
    }

    # [(${t.ci('override.stale', '    # ')})]
    $staleNames = @($OverrideName) + @($servers | ForEach-Object { $OverrideName + ' (' + $_.Name + ')' })
    $stale = @()
    foreach ($name in $staleNames) {
        if (@($overrides | Where-Object { $_.Name -eq $name }).Count -gt 0) {
            continue
        }
        $found = Get-SettingOverride -Identity $name -ErrorAction SilentlyContinue | Where-Object { [string]$_.Name -eq $name }
        if ($found) {
            Assert-ImOverride $found
            $stale += $name
        }
    }

[# th:if="${renewal}"]    # [(${t.ci('override.renewalCheck', '    # ')})]
    $previous = @(@(@($overrides | ForEach-Object { $_.Name }) + $stale) | Where-Object { $candidate = $_; Get-SettingOverride -Identity $candidate -ErrorAction SilentlyContinue | Where-Object { [string]$_.Name -eq $candidate } })
    if ($previous.Count -eq 0) {
        throw ([(${t.f('override.renewalNone', '$OverrideName')})])
    }

[/]    $changed = $false
    foreach ($override in $overrides) {
        $parameters = @(('IMServerName=' + $ImServerName), ('IMCertificateThumbprint=' + $override.Thumbprint))
        $target = $override.Name
        $existing = Get-SettingOverride -Identity $target -ErrorAction SilentlyContinue | Where-Object { [string]$_.Name -eq $target } | Select-Object -First 1
        if ($existing) {
            # [(${t.c('override.checkExisting')})]
            Assert-ImOverride $existing
            $existingServers = @($existing.Server | ForEach-Object { [string]$_ } | Where-Object { $_ })
            $rightServer = ($override.Server -and $existingServers.Count -eq 1 -and $existingServers[0] -eq $override.Server) -or (-not $override.Server -and $existingServers.Count -eq 0)
            if (-not $rightServer) {
                throw ([(${t.f('override.wrongServer', '$target', '($existingServers -join '', '')')})])
            }
            if (Test-SameParameters $existing.Parameters $parameters) {
                Write-Host ([(${t.f('override.alreadyRight', '$target')})])
                continue
            }
[# th:if="${renewal}"]            Write-Host ([(${t.f('override.renewalPrevious', '$target', '(@($existing.Parameters) -join '', '')')})])
[/]            if (Test-Change $target ('Set-SettingOverride -Parameters ' + ($parameters -join ', ') + ' (P-8.8)')) {
                Set-SettingOverride -Identity $existing.Identity -Parameters $parameters -Confirm:$false -ErrorAction Stop
                $changed = $true
            }
            else {
                continue
            }
        }
        elseif (Test-Change $target ('New-SettingOverride -Component OwaServer -Section IMSettings -Parameters ' + ($parameters -join ', ') + ' (P-8.5)')) {
            if ($override.Server) {
                New-SettingOverride -Name $target -Component OwaServer -Section IMSettings -Parameters $parameters -Reason $Reason -Server $override.Server -Confirm:$false -ErrorAction Stop
            }
            else {
                New-SettingOverride -Name $target -Component OwaServer -Section IMSettings -Parameters $parameters -Reason $Reason -Confirm:$false -ErrorAction Stop
            }
            $changed = $true
        }
        else {
            continue
        }
        # [(${t.c('override.readBack')})]
        $after = Get-SettingOverride -Identity $target -ErrorAction SilentlyContinue | Where-Object { [string]$_.Name -eq $target }
        if (-not $after -or [string]$after.ComponentName -ne 'OwaServer' -or [string]$after.SectionName -ne 'IMSettings' -or -not (Test-SameParameters $after.Parameters $parameters)) {
            throw ([(${t.f('override.readBackFailed', '$target')})])
        }
        Write-Host ([(${t.f('override.written', '$target', '($parameters -join '', '')')})])
    }

    foreach ($name in $stale) {
        if (Test-Change $name 'Remove-SettingOverride (P-8.8, P-8.11)') {
            Remove-SettingOverride -Identity (Get-SettingOverride -Identity $name -ErrorAction Stop | Where-Object { [string]$_.Name -eq $name }).Identity -Confirm:$false -ErrorAction Stop
            if (Get-SettingOverride -Identity $name -ErrorAction SilentlyContinue | Where-Object { [string]$_.Name -eq $name }) {
                throw ([(${t.f('override.notRemoved', '$name')})])
            }
            Write-Host ([(${t.f('override.removedStale', '$name')})])
            $changed = $true
        }
    }

    # [(${t.ci('override.refresh', '    # ')})]
    $failed = @()
    foreach ($fqdn in $targets) {
        $server = @($servers | Where-Object { $_.Fqdn -eq $fqdn })[0]
        $effective = $null
        try {
            $effective = Get-ImSettings $server.Name
        }
        catch {
            $effective = $null
        }
        $right = $effective -and [string]$effective.IMServerName -eq $ImServerName -and [string]$effective.IMCertificateThumbprint -eq $server.Thumbprint
        if ($right -and -not $changed) {
            Write-Host ([(${t.f('override.effectiveRight', '$fqdn')})])
            continue
        }
        if (-not (Test-Change $fqdn 'Get-ExchangeDiagnosticInfo -Argument Refresh; Restart-WebAppPool MSExchangeOWAAppPool (P-8.7)')) {
            continue
        }
        try {
            [void](Get-ExchangeDiagnosticInfo -Server $server.Name -Process Microsoft.Exchange.Directory.TopologyService -Component VariantConfiguration -Argument Refresh -ErrorAction Stop)
            if ($Local) {
                & $RestartPool
            }
            else {
                Invoke-Command -ComputerName $fqdn -ScriptBlock $RestartPool -ErrorAction Stop
            }
            Write-Host ([(${t.f('override.restarted', '$fqdn')})])
            # [(${t.c('override.effective')})]
            $effective = Get-ImSettings $server.Name
            if (-not $effective) {
                throw ([(${t.f('override.noEffective', '$fqdn')})])
            }
            if ([string]$effective.IMServerName -ne $ImServerName -or [string]$effective.IMCertificateThumbprint -ne $server.Thumbprint) {
                throw ([(${t.f('override.effectiveWrong', '$fqdn', '[string]$effective.IMServerName', '[string]$effective.IMCertificateThumbprint')})])
            }
            Write-Host ([(${t.f('override.effectiveRight', '$fqdn')})])
        }
        catch {
            Write-Host ($fqdn + ': ' + $_.Exception.Message)
            $failed += $fqdn
        }
    }
    if ($failed.Count -gt 0) {
        throw ([(${t.f('override.someFailed', '($failed -join '', '')')})])
    }
    Complete-Change ([(${t.f('override.success', '$overrides.Count', '$targets.Count')})])
    $exitCode = 0
}
[# th:insert="~{_end}" /]
